import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveRfc822Date } from './resolve-rfc822-date.js';

const rows: [string, string | null][] = [
  ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
  ['Tue, 05 Mar 2024 23:10:00 -0500', '2024-03-05'],
  ['Tue, 5 Mar 2024 23:10 +05:30', '2024-03-05'],
  ['05 Mar 2024 10:00:00 Z', '2024-03-05'],
  ['Wednesday, 6 March 2024', '2024-03-06'],
  ['6 Sept 2023 08:00 EST', '2023-09-06'],
  ['  Thu, 29 Feb 2024 00:00:00 +0000 ', '2024-02-29'],
  ['Sun, 07 Mar 99 12:00:00 GMT', '1999-03-07'],
  ['Sun, 07 Mar 04 12:00:00 GMT', '2004-03-07'],
  ['Thu, 29 Feb 2023 00:00:00 +0000', null],
  ['Tue, 05 Mrz 2024 10:00:00 GMT', null],
  ['Tue, 05 Mar 2024 25:00:00 GMT', null],
  ['March 5, 2024', null],
  ['2024-03-05', null],
  ['', null],
];

for (const [input, expected] of rows) {
  test(`resolveRfc822Date(${JSON.stringify(input)})`, () => assert.equal(resolveRfc822Date(input), expected));
}
