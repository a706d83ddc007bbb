import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDayNumber, toDayNumber } from './day-range.js';
import { fitsIncident, isIncidentMatch, toMatchWindow, toReportDays, type IncidentSpan, type Lineage, type MatchEvent } from './is-incident-match.js';

const PARENTS: Readonly<Record<string, readonly string[]>> = {
  HULUSI_AKAR: ['TUR.DEF'], 'TUR.DEF': ['TUR'], 'TUR.MIL': ['TUR'], 'RUS.DEF': ['RUS'],
};
const lineage: Lineage = (key) => {
  const out = new Set<string>();
  const walk = (k: string): void => { for (const p of PARENTS[k] ?? []) if (!out.has(p)) { out.add(p); walk(p); } };
  walk(key);
  return out;
};

const MOSCOW = { country: 'RUS', lat: 55.75, lon: 37.62, precision: 'city' as const };
const base: MatchEvent = {
  article: 'a', type: 'CONSULT', source: ['TUR'], target: ['RUS'],
  date: { value: '2022-12-28', precision: 'day' }, published: '2022-12-29', location: MOSCOW,
};
const ev = (over: Partial<MatchEvent>): MatchEvent => ({ ...base, article: 'b', ...over });

const rows: readonly [string, MatchEvent, boolean][] = [
  ['same report from another article', ev({}), true],
  ['same article never merges', ev({ article: 'a' }), false],
  ['different PLOVER type', ev({ type: 'AGREE' }), false],
  ['no actor in common', ev({ source: ['SYR'], target: ['IRN'] }), false],
  ['member and parent overlap (TUR.DEF ~ TUR)', ev({ source: ['TUR.DEF'] }), true],
  ['person two levels down overlaps (HULUSI_AKAR ~ TUR)', ev({ source: ['HULUSI_AKAR'] }), true],
  ['a member of the source overlaps (TUR.MIL ~ TUR)', ev({ source: ['TUR.MIL'] }), true],
  ['reciprocal type, source and target swapped', ev({ source: ['RUS'], target: ['TUR'] }), true],
  ['non-reciprocal type, swapped', ev({ type: 'ACCUSE', source: ['RUS'], target: ['TUR'] }), false],
  ['no source: targets overlap', ev({ source: [], target: ['RUS.DEF'] }), true],
  ['no source: targets differ', ev({ source: [], target: ['SYR'] }), false],
  ['day vs next day', ev({ date: { value: '2022-12-29', precision: 'day' } }), true],
  ['day vs two days later', ev({ date: { value: '2022-12-30', precision: 'day' } }), false],
  ['month contains the day', ev({ date: { value: '2022-12', precision: 'month' } }), true],
  ['other month', ev({ date: { value: '2022-11', precision: 'month' } }), false],
  ['week contains the day (Monday 2022-12-26)', ev({ date: { value: '2022-12-26', precision: 'week' } }), true],
  ['week before', ev({ date: { value: '2022-12-19', precision: 'week' } }), false],
  ['undated, published within 3 days of the date', ev({ date: { value: null, precision: null }, published: '2022-12-31' }), true],
  ['undated, published 4 days after the date', ev({ date: { value: null, precision: null }, published: '2023-01-01' }), false],
  ['year precision counts as undated', ev({ date: { value: '2022', precision: 'year' }, published: '2022-12-30' }), true],
  ['undated without publication date', ev({ date: { value: null, precision: null }, published: null }), false],
  ['other country', ev({ location: { country: 'TUR', lat: null, lon: null, precision: 'country' } }), false],
  ['place unknown on one side', ev({ location: null }), true],
  ['country unknown on one side', ev({ location: { country: null, lat: 55.7, lon: 37.6, precision: 'city' } }), true],
  ['points 30 km apart', ev({ location: { ...MOSCOW, lat: 55.48 } }), true],
  ['points 100 km apart', ev({ location: { ...MOSCOW, lat: 56.65 } }), false],
  ['far point but country precision', ev({ location: { ...MOSCOW, lat: 60, precision: 'country' } }), true],
];

for (const [label, other, expected] of rows) {
  test(`isIncidentMatch: ${label}`, () => {
    assert.equal(isIncidentMatch(other, base, lineage), expected);
    assert.equal(isIncidentMatch(base, other, lineage), expected, 'the rule is symmetric');
  });
}

test('isIncidentMatch: two undated reports match within 3 days of publication', () => {
  const undated = { date: { value: null, precision: null } } as const;
  assert.equal(isIncidentMatch(ev({ ...undated, published: '2023-01-01' }), { ...base, ...undated }, lineage), true);
  assert.equal(isIncidentMatch(ev({ ...undated, published: '2023-01-02' }), { ...base, ...undated }, lineage), false);
});

test('isIncidentMatch: siblings of one state do not overlap (TUR.MIL vs TUR.DEF)', () => {
  assert.equal(isIncidentMatch(ev({ source: ['TUR.MIL'] }), { ...base, source: ['TUR.DEF'] }, lineage), false);
  assert.equal(isIncidentMatch(ev({ source: ['HULUSI_AKAR'] }), { ...base, source: ['TUR.DEF'] }, lineage), true);
});

const windows: readonly [string, Pick<MatchEvent, 'date' | 'published'>, [string, string] | null][] = [
  ['day', { date: { value: '2022-12-28', precision: 'day' }, published: null }, ['2022-12-28', '2022-12-28']],
  ['month', { date: { value: '2022-12', precision: 'month' }, published: '2023-01-02' }, ['2022-12-01', '2022-12-31']],
  ['undated', { date: { value: null, precision: null }, published: '2023-01-02' }, ['2022-12-30', '2023-01-05']],
  ['year', { date: { value: '2022', precision: 'year' }, published: '2023-01-02' }, ['2022-12-30', '2023-01-05']],
  ['nothing known', { date: { value: null, precision: null }, published: null }, null],
];

for (const [label, e, expected] of windows) {
  test(`toMatchWindow: ${label}`, () => {
    const w = toMatchWindow(e);
    assert.deepEqual(w && [fromDayNumber(w.first), fromDayNumber(w.last)], expected);
  });
}

const SPAN = { first: toDayNumber('2022-12-27'), last: toDayNumber('2022-12-28'), exactFirst: toDayNumber('2022-12-27'), exactLast: toDayNumber('2022-12-28') } as IncidentSpan;
const fits: readonly [string, IncidentSpan, Pick<MatchEvent, 'date' | 'published'>, boolean][] = [
  ['a day within the spread', SPAN, { date: { value: '2022-12-29', precision: 'day' }, published: null }, true],
  ['a day that stretches the spread to 3 days', SPAN, { date: { value: '2022-12-30', precision: 'day' }, published: null }, false],
  ['the month containing it', SPAN, { date: { value: '2022-12', precision: 'month' }, published: null }, true],
  ['a week reaching into next month stretches past 31 days', { ...SPAN, first: toDayNumber('2022-12-01'), last: toDayNumber('2022-12-31') } as IncidentSpan,
    { date: { value: '2022-12-26', precision: 'week' }, published: null }, false],
  ['an undated report counts its publication day', { ...SPAN, first: toDayNumber('2022-12-01'), last: toDayNumber('2022-12-31') } as IncidentSpan,
    { date: { value: null, precision: null }, published: '2023-01-02' }, false],
  ['an empty incident takes anything', { first: null, last: null, exactFirst: null, exactLast: null }, { date: { value: '2022', precision: 'year' }, published: null }, true],
];

for (const [label, span, e, expected] of fits) {
  test(`fitsIncident: ${label}`, () => assert.equal(fitsIncident(span, e), expected));
}

const reportDays: readonly [string, Pick<MatchEvent, 'date' | 'published'>, [string, string] | null][] = [
  ['month', { date: { value: '2022-12', precision: 'month' }, published: '2023-01-02' }, ['2022-12-01', '2022-12-31']],
  ['undated: the publication day', { date: { value: null, precision: null }, published: '2023-01-02' }, ['2023-01-02', '2023-01-02']],
  ['year: the publication day', { date: { value: '2022', precision: 'year' }, published: '2023-01-02' }, ['2023-01-02', '2023-01-02']],
  ['nothing known', { date: { value: null, precision: null }, published: null }, null],
];

for (const [label, e, expected] of reportDays) {
  test(`toReportDays: ${label}`, () => {
    const d = toReportDays(e);
    assert.deepEqual(d && [fromDayNumber(d.first), fromDayNumber(d.last)], expected);
  });
}
