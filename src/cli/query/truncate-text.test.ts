import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textWidth, truncateText } from './truncate-text.js';

const ROWS: readonly [string, number, string][] = [
  ['Turkey', 10, 'Turkey'],
  ['Turkey', 6, 'Turkey'],
  ['Turkey', 5, 'Turk…'],
  ['Turkey', 1, '…'],
  ['Turkey', 0, ''],
  ['Türkiye', 7, 'Türkiye'],
  ['a\nb\tc', 10, 'a b c'],
  ['😀😀😀', 2, '😀…'],
];

for (const [text, width, expected] of ROWS) {
  test(`truncateText(${JSON.stringify(text)}, ${width}) is ${JSON.stringify(expected)}`, () => {
    assert.equal(truncateText(text, width), expected);
    assert.ok(textWidth(truncateText(text, width)) <= width);
  });
}
