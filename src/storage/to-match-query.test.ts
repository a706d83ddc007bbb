import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMatchQuery } from './to-match-query.js';

const rows: readonly [string, string | null][] = [
  ['talks', '"talks"'],
  ['  held   talks ', '"held" "talks"'],
  ['Erdogan\'s AND (talks)', '"Erdogan\'s" "AND" "talks"'],
  ['say "no"', '"say" "no"'],
  ['a"b', '"a""b"'],
  [' -- * ', null],
];

for (const [input, expected] of rows) {
  test(`toMatchQuery(${JSON.stringify(input)})`, () => assert.equal(toMatchQuery(input), expected));
}
