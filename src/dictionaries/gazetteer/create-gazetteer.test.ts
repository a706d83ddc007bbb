import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer, type GazetteerRecord } from './create-gazetteer.js';
import type { GazetteerEntry, GazetteerKind } from './gazetteer.js';

const entry = (name: string, country: string, population: number, kind: GazetteerKind = 'city', extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  name, country, lat: 10, lon: 20, population, kind, precision: kind === 'country' ? 'country' : 'city', capital: false, handKept: false, ...extra,
});

const records: GazetteerRecord[] = [
  { entry: entry('El Salvador', 'SLV', 0, 'country') },
  { entry: entry('Salvador', 'BRA', 2_711_840, 'city', { lat: -12.97, lon: -38.5 }) },
  { entry: entry('Springfield', 'USA', 150_000) },
  { entry: entry('Springfield', 'USA', 60_000, 'city', { capital: true, lat: 39.8 }) },
  { entry: entry('Kyiv', 'UKR', 2_797_553, 'city', { capital: true }) },
  { entry: entry('Kyiv', 'UKR', 0, 'city', { handKept: true, lat: 10.01 }), aliases: ['Kiev'] },
  { entry: entry('Ar Raqqah', 'SYR', 177_636) },
  { entry: entry('Mazar-i-Sharif', 'AFG', 303_282) },
  { entry: entry('Mazār-e Sharīf', 'AFG', 0, 'district') },
  { entry: entry('Idlib', 'SYR', 0, 'city', { handKept: true }) },
  { entry: entry('Idlib', 'SYR', 0, 'province', { lat: 10.1 }) },
];
const gazetteer = createGazetteer(records);
const show = (name: string): string[] => gazetteer.lookup(name).map((e) => `${e.name}/${e.country}/${e.population}${e.capital ? '/capital' : ''}${e.handKept ? '/hand' : ''}`);

/** Query, then the entries it finds, best first. */
const rows: [string, string[]][] = [
  ['Salvador', ['Salvador/BRA/2711840', 'El Salvador/SLV/0']],
  ['El Salvador', ['El Salvador/SLV/0', 'Salvador/BRA/2711840']],
  ['springfield', ['Springfield/USA/60000/capital', 'Springfield/USA/150000']],
  // the hand-kept entry takes the city's population and capital flag and replaces it
  ['Kiev', ['Kyiv/UKR/2797553/capital/hand']],
  ['Kyiv', ['Kyiv/UKR/2797553/capital/hand']],
  ['Raqqa', ['Ar Raqqah/SYR/177636']],
  // a division spelt as asked still comes after the town it is named after
  ['Mazār-e Sharīf', ['Mazar-i-Sharif/AFG/303282', 'Mazār-e Sharīf/AFG/0']],
  // a hand-kept town does not replace the province around it
  ['Idlib', ['Idlib/SYR/0/hand', 'Idlib/SYR/0']],
  ['al-Raqqah', ['Ar Raqqah/SYR/177636']],
  ['Nowhere', []],
];

for (const [query, expected] of rows) {
  test(`createGazetteer lookup("${query}")`, () => assert.deepEqual(show(query), expected));
}

test('createGazetteer counts entries and finds countries by code', () => {
  assert.equal(gazetteer.size, records.length);
  assert.equal(gazetteer.country('SLV')?.name, 'El Salvador');
  assert.equal(gazetteer.country('BRA'), undefined);
});

test('createGazetteer finds the same entries for a name looked up again', () => {
  for (const [query, expected] of rows) assert.deepEqual(show(query), expected, query);
});
