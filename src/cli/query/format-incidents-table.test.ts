import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlaceId, type IncidentRecord } from '../../domain/index.js';
import { formatDateSpan, formatDisagreements, formatIncidentsTable } from './format-incidents-table.js';
import { buildIncident, nameOf } from './test-support.js';

const TWO_REPORTS = buildIncident({
  id: '7', source: ['HULUSI_AKAR', 'SERGEI_SHOIGU'], target: [], lastDate: '2022-12-29', reports: 2, independentSources: 2,
  dates: [
    { value: { value: '2022-12-28', precision: 'day', text: null, reason: 'test' }, events: ['reuters-1#e1'] },
    { value: { value: '2022-12-29', precision: 'day', text: null, reason: 'test' }, events: ['afp-1#e1'] },
  ],
  places: [
    { value: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, precision: 'city', place: toPlaceId('p1') }, events: ['reuters-1#e1'] },
    { value: { name: 'Russia', country: 'RUS', lat: null, lon: null, precision: 'country', place: toPlaceId('p2') }, events: ['afp-1#e1'] },
  ],
});

const ROWS: readonly [string, readonly IncidentRecord[], number, readonly string[]][] = [
  ['one report, nothing differs', [buildIncident()], 100, [
    'id  dates       type     source -> target                         reports  sources  first report        differ on',
    '1   2022-12-28  CONSULT  Hulusi Akar -> Russian Defence Ministry        1        1  Reuters 2022-12-29',
    '1 incident',
  ]],
  ['two reports disagreeing on date and place; a full page hints at more', [TWO_REPORTS], 1, [
    'id  dates                   type     source -> target             reports  sources  first report        differ on',
    '7   2022-12-28..2022-12-29  CONSULT  Hulusi Akar + Sergei Shoigu        2        2  Reuters 2022-12-29  dates, places',
    '1 incident (more may match: --offset 1; each report: sitrep events --incident ID)',
  ]],
  ['none', [], 100, ['0 incidents']],
];

for (const [name, incidents, limit, expected] of ROWS) {
  test(`formatIncidentsTable: ${name}`, () => {
    const lines = formatIncidentsTable(incidents, nameOf, { offset: 0, limit }, 120).split('\n');
    assert.deepEqual(lines, expected);
    for (const line of lines) assert.ok([...line].length <= 120);
  });
}

test('formatDisagreements: names the values that differ', () => {
  assert.equal(formatDisagreements(TWO_REPORTS), 'dates, places');
  assert.equal(formatDisagreements({ ...TWO_REPORTS, places: TWO_REPORTS.places.slice(1) }), 'dates');
  assert.equal(formatDisagreements(buildIncident()), '');
});

const SPANS: readonly [string | null, string | null, string][] = [
  ['2022-12-28', '2022-12-28', '2022-12-28'], ['2022-12-28', '2022-12-30', '2022-12-28..2022-12-30'], [null, null, 'undated'],
];
for (const [first, last, expected] of SPANS) {
  test(`formatDateSpan(${first}, ${last}) is ${expected}`, () => assert.equal(formatDateSpan(first, last), expected));
}
