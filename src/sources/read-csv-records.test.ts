import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { ArticleRecord } from './article-record.js';
import { InputFileError, type InputProblem } from './input-file-error.js';
import { readCsvRecords, type ReadCsvRecordsOptions } from './read-csv-records.js';

const dir = await mkdtemp(join(tmpdir(), 'sitrep-csv-'));

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function collect(path: string, options?: ReadCsvRecordsOptions): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const record of readCsvRecords(path, options)) out.push(record);
  return out;
}

/** A record as `line:id outlet url`, or `line:code`, with its diagnostic codes. */
function summary(record: ArticleRecord): string {
  if ('error' in record) return `${record.line}:${record.error.code}`;
  const codes = record.diagnostics.map((d) => d.code).join(',');
  return `${record.line}:${record.article.id} ${record.article.outlet} ${record.article.url}${codes ? ` ${codes}` : ''}`;
}

const csv = [
  'id,headline,body,publish_date,source,link',
  'c1,Talks,"Talks resumed in Doha, officials said.",2024-03-05,Gulf Wire,https://g.example/1',
  'c2,Quote,"He said ""no"".',
  'Then he left.",2024-03-06,Gulf Wire,',
  '',
  'c3,Empty,,2024-03-07,Gulf Wire,',
  'c4,Date,Troops withdrew.,yesterday,,',
].join('\r\n');

const expected = ['2:c1 Gulf Wire https://g.example/1', '3:c2 Gulf Wire null', '6:article/empty', '7:c4 null null article/bad-date'];

const variants: [string, string, string | Buffer][] = [
  ['CSV with CRLF and embedded newlines', 'a.csv', csv],
  ['CSV with a BOM', 'bom.csv', `\uFEFF${csv}`],
  ['gzipped CSV', 'a.csv.gz', gzipSync(Buffer.from(csv))],
  ['UTF-16 CSV', 'utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])],
  ['TSV', 'a.tsv', csv.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t')],
];

for (const [name, fileName, content] of variants) {
  test(`readCsvRecords reads ${name}`, async () => {
    assert.deepEqual((await collect(await file(fileName, content))).map(summary), expected);
  });
}

test('readCsvRecords keeps quotes and line breaks inside a quoted cell', async () => {
  const [, second] = await collect(await file('quotes.csv', csv));
  assert.ok(second && 'article' in second);
  assert.equal(second.article.text, 'He said "no".\nThen he left.');
});

test('readCsvRecords maps columns by option', async () => {
  const path = await file('custom.csv', 'story,when,paper\nTalks resumed.,2024-03-05,Herald\n');
  const [record] = await collect(path, { columns: { text: 'story', date: 'when', outlet: 'paper' } });
  assert.ok(record && 'article' in record);
  assert.deepEqual([record.article.text, record.article.published, record.article.outlet], ['Talks resumed.', '2024-03-05', 'Herald']);
});

test('readCsvRecords reads standard input as CSV', async () => {
  const stdin = Readable.from([Buffer.from('text,id\n"One'), Buffer.from('.",s1\n')]);
  assert.deepEqual((await collect('-', { stdin })).map(summary), ['2:s1 null null']);
});

test('readCsvRecords yields the rows of a cut gzip file, then input/truncated', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `r${i + 1},"Article ${i + 1} about talks, ${Math.random()}."`);
  const packed = gzipSync(Buffer.from(`id,text\n${rows.join('\n')}`));
  const records = await collect(await file('cut.csv.gz', packed.subarray(0, Math.floor(packed.length / 2))));
  const last = records[records.length - 1];
  assert.ok(last && 'error' in last && last.error.code === 'input/truncated');
  const good = records.slice(0, -1);
  assert.ok(good.length > 100 && good.length < 3000, `read ${good.length} rows`);
  assert.ok(good.every((r, i) => 'article' in r && r.article.id === `r${i + 1}`));
});

test('readCsvRecords reports an unclosed quote and keeps the rows before it', async () => {
  const records = await collect(await file('open.csv', 'id,text\na,Fine.\nb,"Never closed\nc,More.\n'));
  assert.deepEqual(records.map(summary), ['2:a null null', '3:input/bad-line']);
});

test('readCsvRecords reads a header-only file as no records', async () => {
  assert.deepEqual(await collect(await file('header.csv', 'id,text\n')), []);
});

/** Whole-file problems: the content, the options, and the reason of the `InputFileError` thrown. */
const bad: [string, string, ReadCsvRecordsOptions, InputProblem][] = [
  ['no text column', 'title,date\nx,2024-01-01\n', {}, 'malformed'],
  ['a named column that is missing', 'text\nx\n', { columns: { title: 'headline' } }, 'malformed'],
  ['a binary header', '\x00\x01\x02,\x03\ntext\n', {}, 'binary'],
];

for (const [name, content, options, problem] of bad) {
  test(`readCsvRecords rejects ${name}`, async () => {
    const path = await file('bad.csv', content);
    await assert.rejects(collect(path, options), (e: unknown) => e instanceof InputFileError && e.problem === problem && e.message.includes(path));
  });
}
