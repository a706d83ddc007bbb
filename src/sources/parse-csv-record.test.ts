import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleRecord } from './article-record.js';
import type { CsvRow } from './parse-csv-rows.js';
import { parseCsvRecord } from './parse-csv-record.js';
import { resolveCsvColumns, type CsvColumns } from './resolve-csv-columns.js';

const resolved = resolveCsvColumns(['id', 'title', 'text', 'date']);
assert.ok('index' in resolved);
const columns: CsvColumns = resolved;

const row = (line: number, ...fields: (string | Buffer)[]): CsvRow => ({ line, fields: fields.map((f) => Buffer.from(f)) });

/** A record as `line:id title published text`, or `line:code`, with its diagnostic codes. */
function summary(record: ArticleRecord | null): string | null {
  if (record === null) return null;
  if ('error' in record) return `${record.line}:${record.error.code}`;
  const { id, title, published, text } = record.article;
  const codes = record.diagnostics.map((d) => d.code).join(',');
  return `${record.line}:${id} ${title} ${published} ${text}${codes ? ` ${codes}` : ''}`;
}

const rows: [string, CsvRow, string | null][] = [
  ['a full row', row(2, 'a1', 'Talks', 'Talks resumed.', '2024-03-05'), '2:a1 Talks 2024-03-05 Talks resumed.'],
  ['an RFC 822 date', row(2, 'a1', 'T', 'Text.', 'Tue, 05 Mar 2024 10:00:00 GMT'), '2:a1 T 2024-03-05 Text.'],
  ['a bad date', row(3, 'a2', '', 'Text.', '31/12/2024'), '3:a2 null null Text. article/bad-date'],
  ['CRLF inside a cell', row(4, 'a3', '', 'One.\r\nTwo.', ''), '4:a3 null null One.\nTwo.'],
  ['an empty text cell', row(5, 'a4', 'T', '  ', ''), '5:article/empty'],
  ['a missing text cell', row(6, 'a5', 'T'), '6:article/empty'],
  ['a row wider than the header', row(7, 'a6', 'T', 'Text.', '', 'extra'), '7:a6 T null Text. input/bad-field'],
  ['a latin-1 cell', row(8, 'a7', 'T', Buffer.from('Caf\xe9.', 'latin1'), ''), '8:a7 T null Café. input/bad-encoding'],
  ['a binary text cell', row(9, 'a8', 'T', Buffer.from([0, 1, 2, 3]), ''), '9:article/binary'],
  ['a blank line', row(10, ''), null],
  ['a row too long to keep', { line: 11, fields: null, problem: 'too-long' }, '11:input/bad-line'],
  ['an unclosed quote', { line: 12, fields: null, problem: 'unclosed-quote' }, '12:input/bad-line'],
];

for (const [name, input, expected] of rows) {
  test(`parseCsvRecord: ${name}`, () => assert.equal(summary(parseCsvRecord(input, columns)), expected));
}

test('parseCsvRecord gives a row without id the hash of its text, the same each time', () => {
  const resolvedNoId = resolveCsvColumns(['text']);
  assert.ok('index' in resolvedNoId);
  const [a, b] = [parseCsvRecord(row(2, 'Same text.'), resolvedNoId), parseCsvRecord(row(9, 'Same text.'), resolvedNoId)];
  assert.ok(a && 'article' in a && b && 'article' in b);
  assert.match(a.article.id, /^[0-9a-f]{16}$/);
  assert.equal(a.article.id, b.article.id);
});
