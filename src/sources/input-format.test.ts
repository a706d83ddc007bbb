import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../domain/index.js';
import { formatOfPath, isBatchFormat, resolveInputFormat } from './input-format.js';

const rows: [string, string | undefined, string][] = [
  ['a.txt', undefined, 'txt'], ['a.TEXT', undefined, 'txt'], ['a.md', undefined, 'md'], ['a.markdown', undefined, 'md'],
  ['a.html', undefined, 'html'], ['a.HTM', undefined, 'html'], ['a.json', undefined, 'json'], ['a.json.gz', undefined, 'json'],
  ['a.jsonl', undefined, 'jsonl'], ['a.jsonl.gz', undefined, 'jsonl'], ['a.ndjson', undefined, 'jsonl'],
  ['a.csv', undefined, 'csv'], ['a.CSV.gz', undefined, 'csv'], ['a.tsv', undefined, 'tsv'], ['a.tsv.gz', undefined, 'tsv'],
  ['a.rss', undefined, 'rss'], ['a.atom', undefined, 'atom'], ['a.xml', undefined, 'xml'],
  ['-', undefined, 'txt'], ['-', 'jsonl', 'jsonl'], ['a.txt', 'html', 'html'], ['a.txt', 'csv', 'csv'],
];

for (const [path, format, expected] of rows) {
  test(`resolveInputFormat(${path}, ${String(format)})`, () => assert.equal(resolveInputFormat(path, format, 'txt'), expected));
}

const bad: [string, string | undefined, string][] = [
  ['a.pdf', undefined, 'input/format'],
  ['a.gz', undefined, 'input/format'],
  ['noext', undefined, 'input/format'],
  ['a.txt', 'pdf', 'usage'],
  ['a.xml.gz', undefined, 'input/format'],
];

for (const [path, format, code] of bad) {
  test(`resolveInputFormat rejects ${path} ${String(format)}`, () => {
    assert.throws(() => resolveInputFormat(path, format, 'txt'), (e: unknown) => e instanceof InputError && e.code === code && e.message.includes('jsonl'));
  });
}

const batch: [string, boolean][] = [
  ['txt', false], ['md', false], ['html', false], ['json', true], ['jsonl', true], ['csv', true], ['tsv', true], ['rss', true], ['atom', true], ['xml', true],
];

for (const [format, expected] of batch) {
  test(`isBatchFormat(${format})`, () => assert.equal(isBatchFormat(format as Parameters<typeof isBatchFormat>[0]), expected));
}

test('formatOfPath gives null for files sitrep does not read', () => {
  assert.deepEqual(['README.pdf', 'data.gz', 'Makefile', 'notes.txt'].map(formatOfPath), [null, null, null, 'txt']);
});
