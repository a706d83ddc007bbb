import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsvLine } from './csv-line.js';

const rows: [(string | number | null)[], string][] = [
  [['a', 'b', 'c'], 'a,b,c\r\n'],
  [['a,b', 'c'], '"a,b",c\r\n'],
  [['say "hi"'], '"say ""hi"""\r\n'],
  [['line1\nline2'], '"line1\nline2"\r\n'],
  [['cr\r'], '"cr\r"\r\n'],
  [[null, '', 0, -1.5], ',,0,-1.5\r\n'],
  [[' padded '], ' padded \r\n'],
];

for (const [fields, expected] of rows) {
  test(`toCsvLine(${JSON.stringify(fields)})`, () => assert.equal(toCsvLine(fields), expected));
}
