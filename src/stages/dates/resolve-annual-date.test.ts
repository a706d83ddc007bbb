import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDayNumber, toDayNumber, toIsoDay, toIsoMonth } from './day-number.js';
import { resolveAnnualDate, resolveAnnualMonth, type Tense } from './resolve-annual-date.js';

/** [published, month, day, tense, expected] */
const days: [string, number, number, Tense, string][] = [
  ['2023-01-02', 12, 28, 'unmarked', '2022-12-28'], // days ago
  ['2023-01-02', 1, 10, 'unmarked', '2023-01-10'], // inside the two-week slack
  ['2022-10-26', 12, 15, 'unmarked', '2022-12-15'], // "payable Dec. 15": the coming one is much nearer
  ['1989-10-27', 8, 21, 'unmarked', '1989-08-21'], // two months back beats ten ahead
  ['2022-10-26', 12, 15, 'past', '2021-12-15'],
  ['2022-12-20', 1, 10, 'future', '2023-01-10'],
  ['2022-12-28', 1, 1, 'future', '2023-01-01'],
  ['1998-08-18', 8, 7, 'future', '1998-08-07'], // a cue from another clause does not send last week's date a year ahead
  ['2023-03-01', 2, 29, 'unmarked', '2024-02-29'], // no February 29 in 2022 or 2023, so the next one
];

for (const [published, month, day, tense, expected] of days) {
  test(`${month}/${day} ${tense} from ${published} -> ${expected}`, () => {
    const date = resolveAnnualDate(parseDayNumber(published) ?? 0, (year) => toDayNumber(year, month, day), tense);
    assert.equal(date === null ? null : toIsoDay(date), expected);
  });
}

/** [published, month, tense, expected] */
const months: [string, number, Tense, string][] = [
  ['2023-01-02', 12, 'unmarked', '2022-12'],
  ['2023-01-02', 1, 'unmarked', '2023-01'],
  ['2022-08-16', 6, 'unmarked', '2022-06'],
  ['2022-08-16', 9, 'unmarked', '2022-09'], // next month is much nearer than last September
  ['2022-08-16', 9, 'past', '2021-09'],
  ['2022-08-16', 3, 'future', '2023-03'],
];

for (const [published, month, tense, expected] of months) {
  test(`month ${month} ${tense} from ${published} -> ${expected}`, () => {
    assert.equal(toIsoMonth(resolveAnnualMonth(parseDayNumber(published) ?? 0, month, tense)), expected);
  });
}
