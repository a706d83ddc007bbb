import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../../domain/index.js';
import type { CountryRow } from './read-countries.js';
import { readGeonames } from './read-geonames.js';

const countries: CountryRow[] = [{ code: 'UKR', iso2: 'UA', name: 'Ukraine', aliases: [], capital: 'Kyiv', lat: 49, lon: 32 }];
const AREAS = '# generated\ncode\tname\taliases\tlat\tlon\tkind\n';
const TOWNS = '# generated\nname\tadmin\tlat\tlon\n';

const read = (areas: string, towns: string): ReturnType<typeof readGeonames> => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geonames-'));
  mkdirSync(join(dir, 'geonames'));
  writeFileSync(join(dir, 'geonames', 'admin-areas.tsv'), AREAS + areas);
  writeFileSync(join(dir, 'geonames', 'towns.tsv'), TOWNS + towns);
  return readGeonames(dir, countries);
};

test('readGeonames reads divisions with their codes and aliases, and small places with theirs', () => {
  const records = read('UA.14\tLuhansk Oblast\tLuhansk\t48.66\t39.036\tprovince\nUA.14.4406\tLuhansk Raion\t\t48.5\t39.3\tdistrict\n', 'Krymske\tUA.14.4412\t48.752\t38.792\r\n');
  assert.deepEqual(records.map((r) => [r.entry.name, r.aliases ?? [], r.entry.country, r.entry.kind, r.entry.precision, r.entry.admin, r.entry.lat]), [
    ['Luhansk Oblast', ['Luhansk'], 'UKR', 'province', 'region', 'UA.14', 48.66],
    ['Luhansk Raion', [], 'UKR', 'district', 'region', 'UA.14.4406', 48.5],
    ['Krymske', [], 'UKR', 'town', 'city', 'UA.14.4412', 48.752],
  ]);
});

/** Bad generated rows, and the words the error must name. */
const bad: [string, string, RegExp][] = [
  ['XX.1\tNowhere\t\t1\t1\tprovince\n', '', /admin-areas\.tsv:3: "XX\.1" does not start/],
  ['UA.14\tLuhansk\t\tnorth\t39\tprovince\n', '', /admin-areas\.tsv:3: lat "north"/],
  ['', 'Krymske\tUA.14\t48.7\n', /towns\.tsv:3: 3 columns, expected 4/],
  ['', 'Krymske\tUA.14\t\t38.7\n', /towns\.tsv:3: lat ""/],
];

for (const [areas, towns, message] of bad) {
  test(`readGeonames rejects ${(areas || towns).trim().replace(/\t/g, ' | ')}`, () => {
    assert.throws(() => read(areas, towns), (e: unknown) => e instanceof DataError && e.code === 'data/invalid' && message.test(e.message));
  });
}

test('readGeonames names a header without the expected columns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geonames-'));
  mkdirSync(join(dir, 'geonames'));
  writeFileSync(join(dir, 'geonames', 'admin-areas.tsv'), 'code\tname\n');
  writeFileSync(join(dir, 'geonames', 'towns.tsv'), TOWNS);
  assert.throws(() => readGeonames(dir, countries), /admin-areas\.tsv:1: header lacks column\(s\) aliases, lat, lon, kind/);
});
