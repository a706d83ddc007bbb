import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGdeltDate, toGdeltTimestamp } from './gdelt-date.js';

const dates: [string | null, [string, string, string, string] | null][] = [
  ['2015-02-18', ['20150218', '201502', '2015', '2015.1315']],
  ['2022-12-31', ['20221231', '202212', '2022', '2022.9890']],
  ['2023-05', ['20230501', '202305', '2023', '2023.3315']], // a month: its first day
  ['2023', ['20230101', '202301', '2023', '2023.0027']],    // a year: January 1st
  [null, null],
  ['last week', null],
];

for (const [value, expected] of dates) {
  test(`toGdeltDate(${JSON.stringify(value)})`, () => {
    const d = toGdeltDate(value);
    assert.deepEqual(d && [d.day, d.monthYear, d.year, d.fractionDate], expected);
  });
}

const stamps: [string | null, string][] = [
  ['2023-01-02', '20230102000000'],
  ['2023-01-02T10:20:30', '20230102102030'],
  ['2023-01-02T10:20:30Z', '20230102102030'],
  ['2023-01-02T01:20:30+02:00', '20230101232030'],
  ['2023-01-02 10:20', '20230102102000'],
  [null, ''],
  ['soon', ''],
];

for (const [value, expected] of stamps) {
  test(`toGdeltTimestamp(${JSON.stringify(value)}) is ${JSON.stringify(expected)}`, () => assert.equal(toGdeltTimestamp(value), expected));
}
