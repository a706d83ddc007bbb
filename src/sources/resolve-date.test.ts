import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDate } from './resolve-date.js';

const rows: [string, string | null][] = [
  ['2024-03-05', '2024-03-05'],
  [' 2024-03-05 ', '2024-03-05'],
  ['2024-03-05T23:10:00Z', '2024-03-05'],
  ['2024-03-05T23:10:00-05:00', '2024-03-05'],
  ['2024-03-05T23:10:00.123+0530', '2024-03-05'],
  ['2024-03-05 08:00', '2024-03-05'],
  ['2024-02-29', '2024-02-29'],
  ['2023-02-29', null],
  ['2024-13-01', null],
  ['2024-03-05T25:00:00Z', null],
  ['05/03/2024', null],
  ['March 5, 2024', null],
  ['2024-3-5', null],
  ['', null],
  ['Tue, 05 Mar 2024 23:10:00 -0500', '2024-03-05'],
  ['5 March 2024', '2024-03-05'],
];

for (const [input, expected] of rows) {
  test(`resolveDate(${JSON.stringify(input)})`, () => assert.equal(resolveDate(input), expected));
}
