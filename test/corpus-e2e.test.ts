// End to end on real articles: ingest a slice of ../shared/corpus, query it, export it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'fakes_syria.jsonl.gz');
const ARTICLES = 150;

function sitrep(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 180_000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('ingest -> query -> export on real corpus articles', { skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS}` }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
  const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter(Boolean).slice(0, ARTICLES);
  const input = join(dir, 'slice.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const db = join(dir, 'store.db');

  const ingest = sitrep(['ingest', input, '--db', db, '--quiet', '--json', '--workers', '1']);
  assert.equal(ingest.status, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout.trim()) as { read: number; stored: number; nearDuplicates: number; duplicates: number; rejected: Record<string, number>; events: number };
  const rejected = Object.values(summary.rejected).reduce((a, b) => a + b, 0);
  assert.equal(summary.read, ARTICLES);
  assert.equal(summary.stored + summary.nearDuplicates + summary.duplicates + rejected, ARTICLES, 'every article stored, linked or rejected');
  assert.ok(summary.events > ARTICLES, `${summary.events} events from ${ARTICLES} articles`);

  // Syria is in nearly every article: its events include its members' (SYR.MIL, Bashar al-Assad)
  const events = sitrep(['events', '--db', db, '--actor', 'Syria', '--type', 'assault', '--format', 'jsonl', '--limit', '10000']);
  assert.equal(events.status, 0, events.stderr);
  const rows = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; evidence: { text: string }[] });
  assert.ok(rows.length > 10, `${rows.length} Syrian ASSAULT events`);
  for (const e of rows) {
    assert.equal(e.type, 'ASSAULT');
    assert.ok(e.evidence[0]?.text, 'every event carries its evidence');
  }

  const incidents = sitrep(['incidents', '--db', db, '--min-sources', '2', '--format', 'jsonl', '--limit', '10000']);
  assert.equal(incidents.status, 0, incidents.stderr);
  assert.ok(incidents.stdout.trim().split('\n').length > 0, 'some incidents are reported by two or more outlets');

  const gdelt = join(dir, 'events.tsv');
  assert.equal(sitrep(['export', 'gdelt', '--db', db, '--out', gdelt]).status, 0);
  const table = readFileSync(gdelt, 'utf8').trim().split('\n');
  assert.ok(table.length >= summary.events * 0.9, 'the export holds the stored events');
  for (const row of table) assert.equal(row.split('\t').length, 61, 'GDELT 2.0 rows have 61 columns');

  const geojson = join(dir, 'events.geojson');
  assert.equal(sitrep(['export', 'geojson', '--db', db, '--out', geojson]).status, 0);
  const features = (JSON.parse(readFileSync(geojson, 'utf8')) as { features: unknown[] }).features;
  assert.ok(features.length > 0, 'events with coordinates become features');
});
