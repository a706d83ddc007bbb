import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlaceId, type EventRecord } from '../../domain/index.js';
import { formatEventsTable, formatPageFooter, type PageInfo } from './format-events-table.js';
import { buildEvent, nameOf } from './test-support.js';

const ROWS: readonly [string, readonly EventRecord[], PageInfo, readonly string[]][] = [
  ['one event: names not keys, place with its country', [buildEvent()], { total: 1, offset: 0 }, [
    'date        type     source -> target                         place        modality  claimed by  outlet',
    '2022-12-28  CONSULT  Hulusi Akar -> Russian Defence Ministry  Moscow, RUS  asserted              Reuters',
    '1 of 1 event',
  ]],
  ['mode, several sources, no target, claimant, month date, country place', [buildEvent({
    type: 'ASSAULT', mode: 'airstrike', source: ['TUR', 'RUS'], target: [], attributedTo: ['SDF'], modality: 'reported',
    date: { value: '2022-12', precision: 'month', text: null, reason: 'test' },
    location: { name: 'Syria', country: 'SYR', lat: null, lon: null, precision: 'country', place: toPlaceId('p2') },
  })], { total: 3, offset: 0 }, [
    'date     type               source -> target  place  modality  claimed by                outlet',
    '2022-12  ASSAULT/airstrike  Turkey + Russia   Syria  reported  Syrian Democratic Forces  Reuters',
    '1 of 3 events (next: --offset 1)',
  ]],
  ['no events', [], { total: 0, offset: 0 }, ['0 of 0 events']],
];

for (const [name, events, page, expected] of ROWS) {
  test(`formatEventsTable: ${name}`, () => assert.deepEqual(formatEventsTable(events, nameOf, page, 120).split('\n'), expected));
}

test('formatEventsTable: long names are cut so that every line fits 120 columns', () => {
  const long = buildEvent({ source: ['A'.repeat(80)], target: ['B'.repeat(80)], attributedTo: ['C'.repeat(40)], outlet: 'O'.repeat(40) });
  const lines = formatEventsTable([long], nameOf, { total: 1, offset: 0 }, 120).split('\n');
  for (const line of lines) assert.ok([...line].length <= 120, `${line.length}: ${line}`);
  assert.ok(lines[1]?.includes('…'));
});

const FOOTERS: readonly [number, PageInfo, string][] = [
  [2, { total: 2, offset: 0 }, '2 of 2 events'],
  [100, { total: 345, offset: 100 }, '100 of 345 events (from #101; next: --offset 200)'],
  [45, { total: 345, offset: 300 }, '45 of 345 events (from #301)'],
  [0, { total: 5, offset: 10 }, '0 of 5 events'],
];

for (const [shown, page, expected] of FOOTERS) {
  test(`formatPageFooter(${shown}, ${JSON.stringify(page)})`, () => assert.equal(formatPageFooter(shown, page, 'event'), expected));
}
