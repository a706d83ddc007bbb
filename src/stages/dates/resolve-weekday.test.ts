import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDayNumber, toIsoDay } from './day-number.js';
import { resolveWeekday, type WeekdayDirection } from './resolve-weekday.js';

/** [published, weekday (Monday = 0), direction, expected]; 2023-01-02 is a Monday. */
const rows: [string, number, WeekdayDirection, string][] = [
  ['2023-01-02', 0, 'on-or-before', '2023-01-02'],
  ['2023-01-02', 0, 'before', '2022-12-26'],
  ['2023-01-02', 0, 'on-or-after', '2023-01-02'],
  ['2023-01-02', 0, 'after', '2023-01-09'],
  ['2023-01-02', 2, 'on-or-before', '2022-12-28'],
  ['2023-01-02', 1, 'on-or-after', '2023-01-03'],
  ['2023-01-02', 6, 'on-or-before', '2023-01-01'],
  ['2023-01-02', 6, 'after', '2023-01-08'],
];

for (const [published, weekday, direction, expected] of rows) {
  test(`weekday ${weekday} ${direction} ${published} -> ${expected}`, () => {
    assert.equal(toIsoDay(resolveWeekday(parseDayNumber(published) ?? 0, weekday, direction)), expected);
  });
}
