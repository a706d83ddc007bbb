import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName } from './fold-name.js';

const rows: readonly [string, string][] = [
  ['Türkiye', 'turkiye'],
  ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
  ['  Hayat   Tahrir\tal-Sham ', 'hayat tahrir al-sham'],
  ['TUR.DEF', 'tur.def'],
];

for (const [input, expected] of rows) {
  test(`foldName(${JSON.stringify(input)})`, () => assert.equal(foldName(input), expected));
}
