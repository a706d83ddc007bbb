import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldPlaceName, toPlaceKey } from './place-key.js';

test('foldPlaceName', () => {
  const rows: [string, string][] = [
    ['Mazār-e Sharīf', 'mazar e sharif'],
    ["Ra's al 'Ayn", 'ras al ayn'],
    ['Washington, D.C.', 'washington dc'],
    ['  São  Tomé ', 'sao tome'],
  ];
  for (const [input, expected] of rows) assert.equal(foldPlaceName(input), expected, input);
});

test('toPlaceKey merges transliteration variants', () => {
  const rows: [string, string][] = [
    ['Ar-Raqqah', 'raqa'],
    ['Raqqa', 'raqa'],
    ['Ar Raqqah', 'raqa'],
    ['Ash Shaddādah', 'shadada'],
    ['Shadadah', 'shadada'],
    ['Mazar-i-Sharif', 'mazar sharif'],
    ['Mazār-e Sharīf', 'mazar sharif'],
    ['Deir ez-Zor', 'deir zor'],
    ['St. Petersburg', 'saint petersburg'],
    ['Al', 'al'],
    ['Utah', 'utah'],
    ['Constructor', 'constructor'],
  ];
  for (const [input, expected] of rows) assert.equal(toPlaceKey(input), expected, input);
});
