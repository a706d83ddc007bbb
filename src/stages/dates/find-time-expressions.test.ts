import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatePrecision } from '../../domain/index.js';
import { findTimeExpressions } from './find-time-expressions.js';

/** 2023-01-02 is a Monday. */
const MON = '2023-01-02';

/** [sentence, published, expected text, expected value, expected precision] */
const FINDS: [string, string, string, string, DatePrecision][] = [
  // Day names: past-tense reporting means the most recent one, the publication weekday itself included.
  ['He spoke to reporters on Monday.', MON, 'on Monday', '2023-01-02', 'day'],
  ['The two leaders met on Wednesday.', MON, 'on Wednesday', '2022-12-28', 'day'],
  ['Protesters gathered Monday outside parliament.', MON, 'Monday', '2023-01-02', 'day'],
  ['Talks ended Saturday, the ministry said.', MON, 'Saturday', '2022-12-31', 'day'],
  ['Troops withdrew last Monday.', MON, 'last Monday', '2022-12-26', 'day'],
  ['He was killed in an attack last Friday.', MON, 'last Friday', '2022-12-30', 'day'],
  ['Gunmen struck late Thursday night.', MON, 'late Thursday night', '2022-12-29', 'day'],
  ['The convoy was hit on Thursday night.', MON, 'on Thursday night', '2022-12-29', 'day'],
  ["Thursday's attack killed six.", MON, 'Thursday', '2022-12-29', 'day'],
  ['Bombs exploded next to the embassy on Friday.', MON, 'on Friday', '2022-12-30', 'day'],
  ['He said on Monday that the army would withdraw.', MON, 'on Monday', '2023-01-02', 'day'],
  // A future context gives the next one.
  ['The ministers will hold talks Tuesday.', MON, 'Tuesday', '2023-01-03', 'day'],
  ['The delegation is due to meet on Friday.', MON, 'on Friday', '2023-01-06', 'day'],
  ['She plans to visit Kyiv on Sunday.', MON, 'on Sunday', '2023-01-08', 'day'],
  ['Elections are scheduled for Sunday.', MON, 'Sunday', '2023-01-08', 'day'],
  ["They'll vote on Thursday.", MON, 'on Thursday', '2023-01-05', 'day'],
  ['The summit opens next Monday.', MON, 'next Monday', '2023-01-09', 'day'],
  // Days named relative to publication.
  ['Police said the suspect fled yesterday.', MON, 'yesterday', '2023-01-01', 'day'],
  ['The minister resigned today.', MON, 'today', '2023-01-02', 'day'],
  ['Parliament votes tonight.', MON, 'tonight', '2023-01-02', 'day'],
  ['Rebels shelled the town this morning.', MON, 'this morning', '2023-01-02', 'day'],
  ['The bridge fell the day before yesterday.', MON, 'the day before yesterday', '2022-12-31', 'day'],
  ['The strike happened two days ago.', MON, 'two days ago', '2022-12-31', 'day'],
  ['He was detained three weeks ago.', MON, 'three weeks ago', '2022-12-12', 'week'],
  ['The plant closed a decade ago.', MON, 'a decade ago', '2013', 'year'],
  // Holidays.
  ['Churches were attacked on Christmas.', MON, 'on Christmas', '2022-12-25', 'day'],
  ['Shelling resumed on Christmas Day.', MON, 'on Christmas Day', '2022-12-25', 'day'],
  ["Fireworks were banned on New Year's Eve.", MON, "on New Year's Eve", '2022-12-31', 'day'],
  ['Crowds gathered on New Year’s Day.', MON, 'on New Year’s Day', '2023-01-01', 'day'],
  ['Pilgrims gathered on Easter Sunday.', '2023-04-12', 'on Easter Sunday', '2023-04-09', 'day'],
  ['Stores were looted on Thanksgiving.', '2022-11-28', 'on Thanksgiving', '2022-11-24', 'day'],
  // Dates without a year: the most recent, unless the text speaks of the future or the next is much nearer.
  ['Rebels seized the town on December 28.', MON, 'on December 28', '2022-12-28', 'day'],
  ['The thrift announced the plan Aug. 21.', '1989-10-27', 'Aug. 21', '1989-08-21', 'day'],
  ['The dividend is payable Dec. 15 to holders.', '2022-10-26', 'Dec. 15', '2022-12-15', 'day'],
  ['The summit will open on January 10.', '2022-12-20', 'on January 10', '2023-01-10', 'day'],
  ['Tanks reached the port on 6 September. Then', '2019-09-07', 'on 6 September', '2019-09-06', 'day'],
  // Absolute dates.
  ['Clashes erupted on 2020-05-09 near the border.', MON, 'on 2020-05-09', '2020-05-09', 'day'],
  ['On 9 May 2020, rebels attacked a base.', '2020-05-15', 'On 9 May 2020', '2020-05-09', 'day'],
  ['The accord was signed May 9, 2020, in Doha.', MON, 'May 9, 2020', '2020-05-09', 'day'],
  ['The vote was held on Wednesday, May 9, 2018.', MON, 'on Wednesday, May 9, 2018', '2018-05-09', 'day'],
  ['The report was dated 5/9/2020.', MON, '5/9/2020', '2020-05-09', 'day'],
  ['The 28th of December saw heavy fighting.', MON, 'The 28th of December', '2022-12-28', 'day'],
  // Months.
  ['Fighting intensified earlier in December.', MON, 'earlier in December', '2022-12', 'month'],
  ['Troops arrived in mid-December.', MON, 'in mid-December', '2022-12', 'month'],
  ['Prices rose sharply last month.', MON, 'last month', '2022-12', 'month'],
  ['Arrests have doubled this month.', MON, 'this month', '2023-01', 'month'],
  ['The plant closed in March 2021.', MON, 'in March 2021', '2021-03', 'month'],
  ['Trade slumped in June last year.', MON, 'in June last year', '2022-06', 'month'],
  ['The revolt erupted in February of last year.', MON, 'in February of last year', '2022-02', 'month'],
  ['Inflation peaked in June.', '2022-08-16', 'in June', '2022-06', 'month'],
  ['Oil output will be cut in September.', '2022-08-16', 'in September', '2022-09', 'month'],
  ['Prices have risen since March.', MON, 'March', '2022-03', 'month'],
  // Weeks.
  ['Inflation eased last week, officials said.', MON, 'last week', '2022-12-26', 'week'],
  ['The army has been on alert this week.', MON, 'this week', '2023-01-02', 'week'],
  ['Talks resume next week.', MON, 'next week', '2023-01-09', 'week'],
  ['Officials met over the weekend.', MON, 'the weekend', '2022-12-26', 'week'],
  // Years.
  ['The ceasefire collapsed in 2019.', MON, 'in 2019', '2019', 'year'],
  ['Exports fell last year.', MON, 'last year', '2022', 'year'],
  ['Growth slowed earlier this year.', '2023-06-10', 'earlier this year', '2023', 'year'],
  ['The offensive began in late 2019.', MON, 'in late 2019', '2019', 'year'],
  ["Biden's 2020 campaign raised millions.", MON, '2020', '2020', 'year'],
  ['Sanctions followed its 1990 invasion of Kuwait.', MON, '1990', '1990', 'year'],
  ['Revenue in fiscal 2022 rose.', MON, 'in fiscal 2022', '2022', 'year'],
];

for (const [sentence, published, text, value, precision] of FINDS) {
  test(`${sentence} (${published}) -> ${text} = ${value} ${precision}`, () => {
    const { expressions } = findTimeExpressions(sentence, published);
    const found = expressions.find((expression) => expression.text === text);
    assert.ok(found, `expected "${text}", found ${JSON.stringify(expressions.map((e) => e.text))}`);
    assert.equal(sentence.slice(found.start, found.end), text);
    assert.deepEqual([found.value, found.precision], [value, precision]);
  });
}

/** [sentence, what it is] — durations, ages, counts, clock times, names: never a date. */
const NOT_DATES: [string, string][] = [
  ['The war has lasted for two years.', 'duration'],
  ['The talks ran for 24 hours.', 'duration'],
  ['The three men were sentenced to 15 years.', 'duration'],
  ['A 10-year-old girl was injured.', 'age'],
  ['The country sent 2,000 troops.', 'count'],
  ['The country sent 2000 troops.', 'count'],
  ['The 1500 protesters dispersed.', 'count'],
  ['The attack killed between 1000 and 1800 people.', 'count range'],
  ['Some 1800 people fled.', 'count of people'],
  ['Shelling hit 7 percent of homes.', 'percentage'],
  ['Earnings rose to $2019 million.', 'money'],
  ['The embassy was founded in the 1990s.', 'decade'],
  ['The meeting starts at 10 a.m.', 'clock time'],
  ['Fighting resumed at 2000 GMT.', 'clock time'],
  ['He may resign.', 'modal verb'],
  ['March organisers said the route was safe.', 'noun'],
  ['Prime Minister Theresa May said the deal was dead.', 'name'],
  ['April Ryan asked the first question.', 'name'],
  ['Black Friday sales slumped.', 'named day'],
  ['He told Fox News Sunday that he would run.', 'programme'],
  ['Christmas trees were burned.', 'modifier'],
  ['The previous Friday, prices had fallen.', 'anaphoric day'],
  ['Copyright © 2019 The Washington Times', 'copyright'],
];

for (const [sentence, what] of NOT_DATES) {
  test(`no date in "${sentence}" (${what})`, () => {
    assert.deepEqual(findTimeExpressions(sentence, MON).expressions.map((e) => e.text), []);
  });
}

test('without a publication date only absolute dates resolve, and one article/no-date diagnostic is raised', () => {
  const text = 'On Monday and again on Tuesday, rebels attacked. The accord of May 9, 2020 collapsed in 2021.';
  const { expressions, diagnostics } = findTimeExpressions(text, null);
  assert.deepEqual(expressions.map((e) => [e.text, e.value]), [['May 9, 2020', '2020-05-09'], ['in 2021', '2021']]);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.span]), [['article/no-date', { start: 0, end: 9 }]]);
});

test('absolute dates raise no diagnostic without a publication date', () => {
  assert.deepEqual(findTimeExpressions('The accord was signed May 9, 2020.', null).diagnostics, []);
});

test('a date that does not exist raises date/unresolved on its span', () => {
  const text = 'The vote was set for February 30, 2021.';
  const { expressions, diagnostics } = findTimeExpressions(text, MON);
  assert.deepEqual(expressions, []);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.span && text.slice(d.span.start, d.span.end)]), [['date/unresolved', 'February 30, 2021']]);
});

test('a malformed publication date raises article/bad-date and leaves relative dates unresolved', () => {
  const { expressions, diagnostics } = findTimeExpressions('They met on Monday.', '02/01/2023');
  assert.deepEqual(expressions, []);
  assert.deepEqual(diagnostics.map((d) => d.code), ['article/bad-date']);
});

test('expressions come in text order with offsets into the text', () => {
  const text = 'Rebels struck on Monday.\nA week earlier, on December 28, talks had failed; they resume next week.';
  const { expressions } = findTimeExpressions(text, MON);
  assert.deepEqual(expressions.map((e) => e.text), ['on Monday', 'on December 28', 'next week']);
  for (const e of expressions) assert.equal(text.slice(e.start, e.end), e.text);
});
