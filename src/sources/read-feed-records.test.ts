import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { InputError } from '../domain/index.js';
import type { ArticleRecord } from './article-record.js';
import { InputFileError, type InputProblem } from './input-file-error.js';
import { readFeedRecords, type ReadFeedRecordsOptions } from './read-feed-records.js';

const dir = await mkdtemp(join(tmpdir(), 'sitrep-feeds-'));

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function collect(path: string, options?: ReadFeedRecordsOptions): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const record of readFeedRecords(path, options)) out.push(record);
  return out;
}

/** A record as `line:id published outlet` or `line:code`, with its diagnostic codes. */
function summary(record: ArticleRecord): string {
  if ('error' in record) return `${record.line}:${record.error.code}`;
  const { id, published, outlet } = record.article;
  const codes = record.diagnostics.map((d) => d.code).join(',');
  return `${record.line}:${id} ${published} ${outlet}${codes ? ` ${codes}` : ''}`;
}

const rss = [
  '<rss version="2.0"><channel><title>Gulf Wire</title>',
  '<item><title>A</title><guid>g1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Talks resumed.</description></item>',
  '<item><title>B</title><link>https://gulf.example/b</link><pubDate>yesterday</pubDate><description>Troops withdrew.</description></item>',
  '<item><title>C</title><description>  </description></item>',
  '<item><title>D</title><description>Talks resumed.</description></item>',
  '</channel></rss>',
].join('\n');

const variants: [string, string, string | Buffer][] = [
  ['an .rss file', 'feed.rss', rss],
  ['an .xml file whose root is <rss>', 'feed.xml', rss],
  ['a gzipped feed', 'feed.rss', gzipSync(Buffer.from(rss))],
  ['a UTF-16 feed', 'utf16.rss', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss, 'utf16le')])],
];

for (const [name, fileName, content] of variants) {
  test(`readFeedRecords reads ${name}: id from guid, else link, else the text hash`, async () => {
    const records = (await collect(await file(fileName, content))).map(summary);
    assert.deepEqual(records.map((s) => s.replace(/^5:[0-9a-f]{16} /, '5:hash ')), [
      '2:g1 2024-03-05 Gulf Wire',
      '3:https://gulf.example/b null Gulf Wire article/bad-date',
      '4:article/empty',
      '5:hash null Gulf Wire',
    ]);
  });
}

test('readFeedRecords gives the same ids on two reads', async () => {
  const path = await file('again.rss', rss);
  assert.deepEqual((await collect(path)).map(summary), (await collect(path)).map(summary));
});

test('readFeedRecords reads a latin-1 feed with a warning on each article', async () => {
  const bytes = Buffer.from('<rss><channel><title>Le Monde</title><item><description>Caf\xe9 ferm\xe9.</description></item></channel></rss>', 'latin1');
  const [record] = await collect(await file('latin.rss', bytes));
  assert.ok(record && 'article' in record);
  assert.equal(record.article.text, 'Café fermé.');
  assert.deepEqual(record.diagnostics.map((d) => d.code), ['input/bad-encoding']);
});

test('readFeedRecords reads an Atom feed from standard input', async () => {
  const stdin = Readable.from([Buffer.from('<feed><title>W</title><entry><id>e1</id><published>2024-01-02T00:00:00Z</published><summary>Text.</summary></entry></feed>')]);
  assert.deepEqual((await collect('-', { stdin, format: 'atom' })).map(summary), ['1:e1 2024-01-02 W']);
});

/** Whole-file problems: the content, and the reason of the `InputFileError` thrown. */
const bad: [string, string, string | Buffer, InputProblem][] = [
  ['an XML file that is not a feed', 'sitemap.xml', '<urlset><url/></urlset>', 'malformed'],
  ['an empty file', 'empty.rss', '', 'empty'],
  ['a binary file', 'blob.rss', Buffer.from([0x00, 0x01, 0x02, 0x3c]), 'binary'],
  ['a cut gzip file', 'cut.rss', gzipSync(Buffer.from(rss)).subarray(0, 40), 'truncated'],
];

for (const [name, fileName, content, problem] of bad) {
  test(`readFeedRecords rejects ${name}`, async () => {
    const path = await file(fileName, content);
    await assert.rejects(collect(path), (e: unknown) => e instanceof InputFileError && e.problem === problem && e.message.includes(path));
  });
}

test('readFeedRecords rejects a missing file and a non-feed format', async () => {
  await assert.rejects(collect(join(dir, 'missing.rss')), (e: unknown) => e instanceof InputError && e.code === 'input/unreadable');
  await assert.rejects(collect(await file('x.txt', 'text')), (e: unknown) => e instanceof InputError && e.code === 'input/format');
});
