// End-to-end tests of `sitrep ingest`: broken inputs, re-runs, and an ingest killed mid-run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '../src/storage/sqlite/sqlite-event-store.js';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const COUNTRIES = ['Turkey', 'Russia', 'Syria', 'Iran', 'Iraq', 'Egypt', 'Qatar', 'Israel', 'Jordan', 'Lebanon'];

function sitrep(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A distinct short article: two countries, a meeting and a date, different for every n. */
function article(n: number): string {
  const a = COUNTRIES[n % COUNTRIES.length];
  const b = COUNTRIES[(n * 7 + 3) % COUNTRIES.length];
  return JSON.stringify({ id: `synthetic-${n}`, title: `Talks ${n}`, date: '2023-01-02', outlet: `Outlet ${n % 5}`,
    text: `${a} held talks with ${b} in Geneva on Wednesday about prisoner exchange number ${n}. The foreign ministry of ${a} said the talks went well and that ${n} prisoners would be released.` });
}

async function countStored(db: string): Promise<{ articles: number; rejections: number; duplicates: number; events: number }> {
  const store = createSqliteEventStore(db);
  try {
    const s = await store.stats();
    return { articles: s.articles, rejections: s.rejections, duplicates: s.duplicates, events: s.events };
  } finally {
    await store.close();
  }
}

test('broken inputs: every item is stored or rejected with a reason, and a re-run adds nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  const good = [article(1), article(2), article(3)].join('\n');
  writeFileSync(join(input, 'batch.jsonl'), `${article(4)}\n{not json\n${article(5)}\n`);
  writeFileSync(join(input, 'cut.jsonl.gz'), gzipSync(Buffer.from(`${good}\n`)).subarray(0, 60));
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'nothing.html'), '<html><head><title>x</title></head><body><nav>Home</nav></body></html>');
  writeFileSync(join(input, 'latin1.txt'), Buffer.from('Turkey held talks with Syria in Ankara on Monday, the minister said. Caf\xe9 talk.', 'latin1'));
  writeFileSync(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 0, 0, 1]));
  writeFileSync(join(input, 'big.txt'), `Turkey met Syria in Moscow on Wednesday. ${'The talks went on. '.repeat(1_100_000)}`);
  writeFileSync(join(input, 'copy.jsonl'), `${article(4).replace('synthetic-4', 'copy-of-4')}\n`);
  const db = join(dir, 'store.db');

  const first = sitrep(['ingest', input, '--db', db, '--quiet', '--json', '--workers', '1']);
  assert.equal(first.status, 0, first.stderr);
  const summary = JSON.parse(first.stdout.trim().split('\n').pop() ?? '{}') as { read: number; stored: number; duplicates: number; nearDuplicates: number; unchanged: number; rejected: Record<string, number> };
  const rejected = Object.values(summary.rejected).reduce((a, b) => a + b, 0);
  assert.equal(summary.stored + summary.duplicates + summary.nearDuplicates + summary.unchanged + rejected, summary.read, 'every item is accounted for');
  assert.ok(summary.stored >= 4, `stored ${summary.stored}`);
  assert.equal(summary.duplicates, 1, 'the copy under another id is a duplicate');
  for (const code of ['input/bad-line', 'article/empty', 'article/binary']) assert.ok((summary.rejected[code] ?? 0) >= 1, `a ${code} rejection in ${JSON.stringify(summary.rejected)}`);
  const rejects = sitrep(['rejects', '--db', db, '--format', 'jsonl']);
  assert.equal(rejects.status, 0, rejects.stderr);
  assert.equal(rejects.stdout.trim().split('\n').length, rejected, 'sitrep rejects lists every rejection');

  const before = await countStored(db);
  const second = sitrep(['ingest', input, '--db', db, '--quiet', '--json', '--workers', '1']);
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(await countStored(db), before, 'a re-run adds nothing');
});

test('an ingest killed mid-run (kill -9) leaves a consistent store; the next run stores every article once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  const total = 400;
  const input = join(dir, 'many.jsonl');
  writeFileSync(input, `${Array.from({ length: total }, (_, n) => article(n)).join('\n')}\n`);
  const db = join(dir, 'store.db');
  const child = spawn(process.execPath, [...CLI, 'ingest', input, '--db', db, '--quiet', '--workers', '1', '--batch', '10'], { stdio: 'ignore' });
  // kill it as soon as some batches are saved, well before the end
  let stored = 0;
  for (let i = 0; i < 600 && stored === 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try { stored = (await countStored(db)).articles; } catch { stored = 0; }
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const partial = (await countStored(db)).articles;
  assert.ok(partial > 0 && partial < total, `killed after ${partial} of ${total} articles`);

  const again = sitrep(['ingest', input, '--db', db, '--quiet', '--json', '--workers', '1']);
  assert.equal(again.status, 0, again.stderr);
  const summary = JSON.parse(again.stdout.trim()) as { unchanged: number; stored: number };
  assert.equal(summary.unchanged + summary.stored, total);
  assert.ok(summary.unchanged >= partial, 'what was saved before the kill is not saved again');
  const end = await countStored(db);
  assert.equal(end.articles, total, 'every article stored exactly once');
  assert.equal(end.duplicates, 0);
});

test('recode re-extracts after the knowledge base changed, and reports what changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-recode-'));
  const input = join(dir, 'a.jsonl');
  writeFileSync(input, `${JSON.stringify({ id: 'hawks-1', date: '2023-01-03', text: 'The Northern Hawks Brigade attacked Turkish troops near Afrin on Monday.' })}\n${article(7)}\n`);
  const kb = join(dir, 'kb', 'organisations');
  mkdirSync(kb, { recursive: true });
  writeFileSync(join(kb, 'mine.tsv'), 'id\tname\taliases\tkind\tcountry\tsector\tparent\tformerly\tstart\tend\nNHB\tNorthern Hawks Brigade\tHawks Brigade\tarmed_group\tSYR\t\t\t\t2019\t\n');
  const db = join(dir, 'store.db');
  assert.equal(sitrep(['ingest', input, '--db', db, '--quiet', '--workers', '0']).status, 0);
  const same = sitrep(['recode', '--db', db, '--quiet', '--workers', '0']);
  assert.match(same.stdout, /up to date/);
  const changed = sitrep(['recode', '--db', db, '--quiet', '--workers', '0', '--data', join(dir, 'kb')]);
  assert.equal(changed.status, 0, changed.stderr);
  assert.match(changed.stdout, /re-extracted 2 articles .*: 1 changed \(1 events added, 1 removed\)/);
  const events = sitrep(['events', '--db', db, '--actor', 'NHB', '--format', 'jsonl']);
  assert.equal(events.stdout.trim().split('\n').length, 1, 'the event now names the known group');
});
