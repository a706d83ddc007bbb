import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../../domain/index.js';
import type { CountryRow } from './read-countries.js';
import { readPlaces } from './read-places.js';

const countries: CountryRow[] = [{ code: 'SYR', iso2: 'SY', name: 'Syria', aliases: [], capital: 'Damascus', lat: 35, lon: 38 }];
const header = 'name\taliases\tcountry\tlat\tlon\tkind\n';

const read = (rows: string): ReturnType<typeof readPlaces> => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-places-'));
  writeFileSync(join(dir, 'places.tsv'), `# comment\n${header}${rows}`);
  return readPlaces(dir, countries);
};

test('readPlaces reads names, aliases and kinds; a row without coordinates sits at its country', () => {
  const records = read('Kobani\tKobane|Ayn al-Arab\tSYR\t36.89\t38.35\ttown\nBadia\t\tSYR\t\t\tregion\n');
  assert.deepEqual(records.map((r) => [r.entry.name, r.aliases, r.entry.precision, r.entry.lat, r.entry.handKept]), [
    ['Kobani', ['Kobane', 'Ayn al-Arab'], 'city', 36.89, true],
    ['Badia', [], 'region', 35, true],
  ]);
});

/** A bad row, and the words the error must name. */
const bad: [string, RegExp][] = [
  ['Kobani\t\tXYZ\t36.89\t38.35\ttown\n', /places\.tsv:3: country "XYZ"/],
  ['Kobani\t\tSYR\t36.89\t38.35\tmetropolis\n', /places\.tsv:3: kind "metropolis"/],
  ['Kobani\t\tSYR\tnorth\t38.35\ttown\n', /places\.tsv:3: lat\/lon/],
  ['Mid Sea\t\t\t\t\tsea\n', /places\.tsv:3: lat\/lon/],
  ['\t\tSYR\t36\t38\ttown\n', /places\.tsv:3: the name is empty/],
];

for (const [row, message] of bad) {
  test(`readPlaces rejects ${row.trim().replace(/\t/g, ' | ')}`, () => {
    assert.throws(() => read(row), (e: unknown) => e instanceof DataError && e.code === 'data/invalid' && message.test(e.message));
  });
}

test('readPlaces reports a missing file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-places-'));
  assert.throws(() => readPlaces(dir, countries), (e: unknown) => e instanceof DataError && e.code === 'data/missing');
});
