import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { InputError } from '../domain/index.js';
import type { ArticleRecord } from './article-record.js';
import { readArticleRecords, type ReadArticleRecordsOptions } from './read-article-records.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/inputs');
const dir = await mkdtemp(join(tmpdir(), 'sitrep-records-'));

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function collect(path: string, options?: ReadArticleRecordsOptions): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const record of readArticleRecords(path, options)) out.push(record);
  return out;
}

/** A record as `line:id` or `line:code`, with its diagnostic codes, for compact comparison. */
function summary(record: ArticleRecord): string {
  if ('error' in record) return `${record.line}:${record.error.code}`;
  const codes = record.diagnostics.map((d) => d.code).join(',');
  return `${record.line}:${record.article.id}${codes ? ` ${codes}` : ''}`;
}

const jsonl = [
  '{"id":"a","text":"Talks resumed in Doha.","date":"2024-03-05"}',
  '',
  'not json',
  '{"id":"c","text":"Troops withdrew.","date":"2024-02-30"}',
  '{"id":"d","text":""}',
].join('\n');

test('readArticleRecords reads the JSONL fixture, one error record per bad line', async () => {
  const records = await collect(join(fixtures, 'articles.jsonl'));
  assert.deepEqual(records.map(summary).map((s) => s.replace(/^5:[0-9a-f]{16}$/, '5:hash')), ['1:l1', '3:input/bad-line', '4:input/bad-line', '5:hash']);
  const last = records[3];
  assert.ok(last && 'article' in last);
  assert.deepEqual([last.article.published, last.article.outlet], ['2023-11-22', 'Gulf Wire']);
});

test('readArticleRecords reads a JSON array element by element', async () => {
  const records = await collect(join(fixtures, 'articles.json'));
  assert.deepEqual(records.map(summary), ['2:a1', '3:a2 input/bad-field', '4:article/empty', '5:input/bad-line', '6:a5 article/bad-date']);
});

test('readArticleRecords reads a single JSON object as one record', async () => {
  assert.deepEqual((await collect(join(fixtures, 'article.json'))).map(summary), ['1:42']);
});

const variants: [string, string, Buffer][] = [
  ['.jsonl', 'plain.jsonl', Buffer.from(jsonl)],
  ['.jsonl with CRLF and a BOM', 'crlf.jsonl', Buffer.from(`\uFEFF${jsonl.replaceAll('\n', '\r\n')}`)],
  ['.jsonl in UTF-16', 'utf16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, 'utf16le')])],
  ['.jsonl.gz', 'packed.jsonl.gz', gzipSync(Buffer.from(jsonl))],
];

for (const [name, fileName, bytes] of variants) {
  test(`readArticleRecords reads ${name}`, async () => {
    const records = await collect(await file(fileName, bytes));
    assert.deepEqual(records.map(summary), ['1:a', '3:input/bad-line', '4:c article/bad-date', '5:article/empty']);
  });
}

test('readArticleRecords reads a latin-1 line with a diagnostic and a binary line as an error', async () => {
  const bytes = Buffer.concat([
    Buffer.from('{"id":"x","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' bombed."}\n'),
    Buffer.from([0x00, 0x01, 0x02, 0x03, 0x0a]),
    Buffer.from('{"id":"y","text":"Fine."}\n'),
  ]);
  assert.deepEqual((await collect(await file('mixed.jsonl', bytes))).map(summary), ['1:x input/bad-encoding', '2:article/binary', '3:y']);
});

test('readArticleRecords yields the lines of a truncated gzip file, then input/truncated', async () => {
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `n${i + 1}`, text: `Article number ${i + 1} about talks in Geneva, ${Math.random()}.` }));
  const packed = gzipSync(Buffer.from(lines.join('\n')));
  const records = await collect(await file('cut.jsonl.gz', packed.subarray(0, Math.floor(packed.length / 2))));
  const last = records[records.length - 1];
  assert.ok(last && 'error' in last);
  assert.equal(last.error.code, 'input/truncated');
  const good = records.slice(0, -1);
  assert.ok(good.length > 100 && good.length < 2000, `read ${good.length} lines`);
  assert.ok(good.every((r, i) => 'article' in r && r.article.id === `n${i + 1}`));
  assert.equal(last.line, good.length + 1);
});

test('readArticleRecords streams standard input as JSONL', async () => {
  const stdin = Readable.from([Buffer.from('{"id":"s1","text":"One."}\n{"id":'), Buffer.from('"s2","text":"Two."}\n')]);
  assert.deepEqual((await collect('-', { stdin })).map(summary), ['1:s1', '2:s2']);
});

test('readArticleRecords stops reading when the caller breaks early', async () => {
  const path = await file('long.jsonl', Array.from({ length: 5000 }, (_, i) => `{"text":"Line ${i}."}`).join('\n'));
  let seen = 0;
  for await (const record of readArticleRecords(path)) {
    assert.ok('article' in record);
    if (++seen === 3) break;
  }
  assert.equal(seen, 3);
});

test('readArticleRecords gives the same ids on two reads', async () => {
  const path = join(fixtures, 'articles.jsonl');
  assert.deepEqual((await collect(path)).map(summary), (await collect(path)).map(summary));
});

const bad: [string, () => Promise<string>, string][] = [
  ['a missing file', async () => join(dir, 'nope.jsonl'), 'input/unreadable'],
  ['a directory', async () => dir, 'input/unreadable'],
  ['a single-article format', () => file('one.txt', 'Text.'), 'input/format'],
  ['an unknown extension', () => file('data.csv', 'a,b'), 'input/format'],
];

for (const [name, makePath, code] of bad) {
  test(`readArticleRecords rejects ${name} with ${code}`, async () => {
    const path = await makePath();
    await assert.rejects(collect(path), (e: unknown) => e instanceof InputError && e.code === code && e.message.includes(path));
  });
}
