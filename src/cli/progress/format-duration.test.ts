import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration } from './format-duration.js';

const ROWS: readonly [number, string][] = [
  [0, '0s'], [0.4, '0s'], [44.6, '45s'], [59.6, '1m 00s'], [65, '1m 05s'], [3599, '59m 59s'],
  [3600, '1h 00m'], [3 * 3600 + 125, '3h 02m'], [86400, '1d 00h'], [2 * 86400 + 5 * 3600 + 59, '2d 05h'],
  [Number.POSITIVE_INFINITY, '?'], [Number.NaN, '?'], [-1, '?'],
];

for (const [seconds, expected] of ROWS) {
  test(`${seconds} s is "${expected}"`, () => assert.equal(formatDuration(seconds), expected));
}
