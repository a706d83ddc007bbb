import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DyadPeriod } from '../../storage/dyad-period.js';
import { formatDyadTable } from './format-dyad-table.js';
import { toDyadCsv } from './to-dyad-csv.js';

const TURKEY = { key: 'TUR', name: 'Turkey' };
const RUSSIA = { key: 'RUS', name: 'Russia' };
const PERIODS: readonly DyadPeriod[] = [
  { period: '2022-12', direction: 'mutual', events: 1, types: { CONSULT: 1 }, quadClasses: { 'verbal-cooperation': 1 }, meanGoldstein: 1 },
  { period: '2022-12', direction: 'a->b', events: 3, types: { ASSAULT: 1, CONSULT: 2 }, quadClasses: { 'verbal-cooperation': 2, 'material-conflict': 1 }, meanGoldstein: -8 / 3 },
  { period: '2023-01', direction: 'b->a', events: 1, types: { AGREE: 1 }, quadClasses: { 'verbal-cooperation': 1 }, meanGoldstein: null },
];

const ROWS: readonly [string, readonly DyadPeriod[], readonly string[]][] = [
  ['periods by direction, types in PLOVER order, quad counts, mean score', PERIODS, [
    'A = Turkey (TUR), B = Russia (RUS); A + B: both on the source side',
    'period   direction  events  types                 v.coop  m.coop  v.conf  m.conf  goldstein',
    '2022-12  A + B           1  CONSULT 1                  1                                1.0',
    '2022-12  A -> B          3  CONSULT 2, ASSAULT 1       2                       1       -2.7',
    '2023-01  B -> A          1  AGREE 1                    1',
  ]],
  ['no events', [], ['A = Turkey (TUR), B = Russia (RUS); A + B: both on the source side', 'No dated events between Turkey and Russia.']],
];

for (const [name, periods, expected] of ROWS) {
  test(`formatDyadTable: ${name}`, () => assert.deepEqual(formatDyadTable(TURKEY, RUSSIA, periods, 120).split('\n'), expected));
}

test('toDyadCsv: a header and one row per period and direction, every type and quad class counted', () => {
  const lines = toDyadCsv('TUR', 'RUS', PERIODS).split('\r\n');
  assert.equal(lines[0], 'period,direction,a,b,events,AGREE,CONSULT,SUPPORT,CONCEDE,COOPERATE,AID,RETREAT,REQUEST,ACCUSE,REJECT,THREATEN,PROTEST,SANCTION,MOBILIZE,COERCE,ASSAULT,verbal-cooperation,material-cooperation,verbal-conflict,material-conflict,mean_goldstein');
  assert.equal(lines[2], '2022-12,a->b,TUR,RUS,3,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,0,0,1,-2.667');
  assert.equal(lines[3], '2023-01,b->a,TUR,RUS,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,');
  assert.equal(lines.length, 5, 'three rows, a header and the empty string after the last CRLF');
});
