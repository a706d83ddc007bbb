import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatePrecision } from '../domain/index.js';
import { fromDayNumber, toDayNumber, toDayRange, toWeekStart } from './day-range.js';

test('toDayNumber: epoch, leap day and malformed input', () => {
  assert.equal(toDayNumber('1970-01-01'), 0);
  assert.equal(toDayNumber('1970-01-02'), 1);
  assert.equal(fromDayNumber(toDayNumber('2024-02-29') ?? -1), '2024-02-29');
  assert.equal(toDayNumber('2023-02-30'), null);
  assert.equal(toDayNumber('Jan 2023'), null);
  assert.equal(toDayNumber('2023-05'), toDayNumber('2023-05-01'));
});

test('toWeekStart: Monday of the week, also before 1970', () => {
  assert.equal(fromDayNumber(toWeekStart(toDayNumber('2023-01-04') ?? 0)), '2023-01-02');
  assert.equal(fromDayNumber(toWeekStart(toDayNumber('2023-01-02') ?? 0)), '2023-01-02');
  assert.equal(fromDayNumber(toWeekStart(toDayNumber('2023-01-08') ?? 0)), '2023-01-02');
  assert.equal(fromDayNumber(toWeekStart(toDayNumber('1969-12-31') ?? 0)), '1969-12-29');
});

const ranges: readonly [string | null, DatePrecision | null, string | null, string | null][] = [
  ['2023-01-02', 'day', '2023-01-02', '2023-01-02'],
  ['2023-01-02', 'week', '2023-01-02', '2023-01-08'],
  ['2024-02', 'month', '2024-02-01', '2024-02-29'],
  ['2023-12-15', 'month', '2023-12-01', '2023-12-31'],
  ['2022', 'year', '2022-01-01', '2022-12-31'],
  [null, null, null, null],
  ['2022-13-01', 'day', null, null],
];

for (const [value, precision, first, last] of ranges) {
  test(`toDayRange(${value}, ${precision})`, () => {
    const range = toDayRange({ value, precision });
    assert.deepEqual(range && { first: fromDayNumber(range.first), last: fromDayNumber(range.last) }, first === null ? null : { first, last });
  });
}
