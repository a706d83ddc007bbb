import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MonthlyCount } from '../../storage/actor-profile.js';
import { formatMonthlyCounts } from './format-monthly-counts.js';

const ROWS: readonly [string, readonly MonthlyCount[], number, readonly string[]][] = [
  ['months in order, types in PLOVER order, blanks for none', [
    { month: '2023-01', type: 'AGREE', events: 1 },
    { month: '2022-12', type: 'ASSAULT', events: 2 },
    { month: '2022-12', type: 'CONSULT', events: 3 },
  ], 120, [
    'month    AGREE  CONSULT  ASSAULT  total',
    '2022-12               3        2      5',
    '2023-01      1                        1',
  ]],
  ['four-letter types when full names do not fit', [
    { month: '2022-12', type: 'CONSULT', events: 3 }, { month: '2022-12', type: 'ASSAULT', events: 12 },
  ], 31, [
    'month    CONS  ASSA  total',
    '2022-12     3    12     15',
  ]],
  ['no events', [], 120, []],
];

for (const [name, monthly, width, expected] of ROWS) {
  test(`formatMonthlyCounts: ${name}`, () => assert.deepEqual(formatMonthlyCounts(monthly, width), expected));
}
