import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../domain/index.js';
import { resolveInputFormat } from './input-format.js';

const rows: [string, string | undefined, string][] = [
  ['a.txt', undefined, 'txt'], ['a.TEXT', undefined, 'txt'], ['a.md', undefined, 'md'], ['a.markdown', undefined, 'md'],
  ['a.html', undefined, 'html'], ['a.HTM', undefined, 'html'], ['a.json', undefined, 'json'], ['a.json.gz', undefined, 'json'],
  ['a.jsonl', undefined, 'jsonl'], ['a.jsonl.gz', undefined, 'jsonl'], ['a.ndjson', undefined, 'jsonl'],
  ['-', undefined, 'txt'], ['-', 'jsonl', 'jsonl'], ['a.txt', 'html', 'html'],
];

for (const [path, format, expected] of rows) {
  test(`resolveInputFormat(${path}, ${String(format)})`, () => assert.equal(resolveInputFormat(path, format, 'txt'), expected));
}

const bad: [string, string | undefined, string][] = [
  ['a.pdf', undefined, 'input/format'],
  ['a.gz', undefined, 'input/format'],
  ['noext', undefined, 'input/format'],
  ['a.txt', 'pdf', 'usage'],
];

for (const [path, format, code] of bad) {
  test(`resolveInputFormat rejects ${path} ${String(format)}`, () => {
    assert.throws(() => resolveInputFormat(path, format, 'txt'), (e: unknown) => e instanceof InputError && e.code === code && e.message.includes('jsonl'));
  });
}
