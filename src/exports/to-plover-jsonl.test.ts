import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPloverJsonl } from './to-plover-jsonl.js';
import { buildEvent, collect, lookupOf } from './test-support.js';

const actors = lookupOf();

const FIELDS = [
  'id', 'type', 'mode', 'cameo', 'quadClass', 'goldstein', 'modality', 'source', 'target', 'attributedTo',
  'date', 'place', 'evidence', 'article', 'outlet', 'published', 'incident', 'rule', 'reason',
];

async function linesOf(events: Parameters<typeof toPloverJsonl>[0]): Promise<Record<string, unknown>[]> {
  const text = await collect(toPloverJsonl(events, actors));
  assert.ok(text === '' || text.endsWith('\n'));
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

test('JSONL writes one parseable line per event with the documented fields, in order', async () => {
  const lines = await linesOf([buildEvent(), buildEvent({ id: 'a1#e2', reason: 'a "quoted"\nreason' })]);
  assert.equal(lines.length, 2);
  for (const line of lines) assert.deepEqual(Object.keys(line), FIELDS);
  assert.equal(lines[1]?.reason, 'a "quoted"\nreason');
});

// event -> the fields that matter for the case
const rows: [string, Parameters<typeof buildEvent>[0], Record<string, unknown>][] = [
  ['actors are resolved to key, name, kind and country', { source: ['TUR.DEF'], target: ['HTS'], attributedTo: ['RUS.DEF'] }, {
    source: [{ key: 'TUR.DEF', name: 'Turkish Defence Ministry', kind: 'ministry', country: 'TUR' }],
    target: [{ key: 'HTS', name: 'Hayat Tahrir al-Sham', kind: 'armed_group', country: 'SYR' }],
    attributedTo: [{ key: 'RUS.DEF', name: 'Russian Defence Ministry', kind: 'ministry', country: 'RUS' }],
  }],
  ['an actor the store does not know keeps its key', { source: ['~textile merchants', 'NOPE'] }, {
    source: [{ key: '~textile merchants', name: 'textile merchants', kind: 'unknown', country: null },
      { key: 'NOPE', name: 'NOPE', kind: 'unknown', country: null }],
  }],
  ['date with precision, place and evidence spans', {}, {
    date: { value: '2022-12-28', precision: 'day', text: 'last Wednesday' },
    place: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, precision: 'city' },
    evidence: [{ text: 'The defence ministers met in Moscow.', start: 0, end: 36, sentence: 0, trigger: { text: 'met', start: 22, end: 25 } }],
    incident: 'i1', article: 'a1', outlet: 'Reuters', published: '2023-01-02',
  }],
  ['no place is null', { location: null, incident: null }, { place: null, incident: null }],
];

for (const [name, overrides, expected] of rows) {
  test(`JSONL: ${name}`, async () => {
    const [line] = await linesOf([buildEvent(overrides)]);
    for (const [field, value] of Object.entries(expected)) assert.deepEqual(line?.[field], value, field);
  });
}

test('JSONL of no events is empty', async () => {
  assert.deepEqual(await linesOf([]), []);
});
