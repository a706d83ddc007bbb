import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../../domain/index.js';
import { formatEventDate } from './format-event-date.js';

const ROWS: readonly [Pick<EventDate, 'value' | 'precision'>, string][] = [
  [{ value: '2022-12-28', precision: 'day' }, '2022-12-28'],
  [{ value: '2022-12-26', precision: 'week' }, '2022-W52'],
  [{ value: '2024-12-30', precision: 'week' }, '2025-W01'],
  [{ value: '2021-01-04', precision: 'week' }, '2021-W01'],
  [{ value: '2020-12-28', precision: 'week' }, '2020-W53'],
  [{ value: '2022-12', precision: 'month' }, '2022-12'],
  [{ value: '2022-12-01', precision: 'month' }, '2022-12'],
  [{ value: '2022', precision: 'year' }, '2022'],
  [{ value: null, precision: null }, 'undated'],
];

for (const [date, expected] of ROWS) {
  test(`formatEventDate(${date.value}, ${date.precision}) is ${expected}`, () => assert.equal(formatEventDate(date), expected));
}
