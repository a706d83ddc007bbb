import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ArticleRecord } from './article-record.js';
import { readArticleFile } from './read-article-file.js';
import { readArticles } from './read-articles.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/inputs');

async function collect(path: string, options?: Parameters<typeof readArticles>[1]): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const record of readArticles(path, options)) out.push(record);
  return out;
}

const texts = (records: ArticleRecord[]): string[] => records.map((r) => ('error' in r ? r.error.code : r.article.text));
const stdinOf = (...chunks: string[]): Readable => Readable.from(chunks.map((c) => Buffer.from(c)));

/** Rows: what standard input holds (in chunks), the format option, and the texts (or error codes) expected. */
const rows: [string, string[], string | undefined, string[]][] = [
  ['JSONL when it starts with {', ['  \n{"text":"One."}\n', '{"text":"Two."}\n'], undefined, ['One.', 'Two.']],
  ['JSONL after a BOM, in tiny chunks', ['\uFEFF', ' ', '{"text":"One."}'], undefined, ['One.']],
  ['a JSON array when it starts with [', ['[{"text":"One."},', '{"text":"Two."}]'], undefined, ['One.', 'Two.']],
  ['plain text otherwise', ['Talks resumed', ' in Doha.\n'], undefined, ['Talks resumed in Doha.']],
  ['JSONL when the format says so', ['not json\n{"text":"Two."}'], 'jsonl', ['input/bad-line', 'Two.']],
  ['plain text when the format says so', ['{"text": "x"}'], 'txt', ['{"text": "x"}']],
];

for (const [name, chunks, format, expected] of rows) {
  test(`readArticles reads standard input as ${name}`, async () => {
    assert.deepEqual(texts(await collect('-', { stdin: stdinOf(...chunks), ...(format ? { format } : {}) })), expected);
  });
}

test('readArticles reads a single-article file as one record on line 1, with the options applied', async () => {
  const records = await collect(join(fixtures, 'article.txt'), { date: '2024-01-02', id: 'given' });
  assert.equal(records.length, 1);
  const [record] = records;
  assert.ok(record && 'article' in record);
  assert.deepEqual([record.line, record.article.id, record.article.published], [1, 'given', '2024-01-02']);
});

test('readArticles reads batch files record by record', async () => {
  assert.equal((await collect(join(fixtures, 'articles.jsonl'))).length, 4);
  assert.equal((await collect(join(fixtures, 'articles.json'))).length, 5);
});

const dir = await mkdtemp(join(tmpdir(), 'sitrep-articles-'));

/** Rows: a batch file in a new format, its content, the options, and the texts (or error codes) expected. */
const batches: [string, string, Parameters<typeof readArticles>[1], string[]][] = [
  ['a.csv', 'text,title\nOne.,T\n,U\n', {}, ['One.', 'article/empty']],
  ['a.tsv', 'body\tid\nOne.\tx\n', {}, ['One.']],
  ['b.csv', 'story\nOne.\n', { columns: { text: 'story' } }, ['One.']],
  ['a.rss', '<rss><channel><item><description>&lt;p&gt;One.&lt;/p&gt;</description></item></channel></rss>', {}, ['One.']],
  ['a.atom', '<feed><entry><content type="html">&lt;p&gt;One.&lt;/p&gt;</content></entry></feed>', {}, ['One.']],
  ['a.xml', '<feed><entry><summary>One.</summary></entry></feed>', {}, ['One.']],
];

for (const [name, content, options, expected] of batches) {
  test(`readArticles reads ${name} record by record`, async () => {
    const path = join(dir, name);
    await writeFile(path, content);
    assert.deepEqual(texts(await collect(path, options)), expected);
  });
}

test('readArticleFile sends batch formats to readArticles', async () => {
  const path = join(dir, 'one.csv');
  await writeFile(path, 'text\nOne.\n');
  await assert.rejects(readArticleFile(path), /holds a batch of articles; read it with readArticles/);
});
