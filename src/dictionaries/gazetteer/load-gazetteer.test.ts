import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from './load-gazetteer.js';

const gazetteer = loadGazetteer(fileURLToPath(new URL('../../../data', import.meta.url)));

/** Name, then the expected best entry: name, country, and optionally lat/lon (±0.5). */
const rows: [string, string, string, [number, number]?][] = [
  ['Kobane', 'Kobani', 'SYR'],
  ['Raqqa', 'Raqqa', 'SYR'],
  ['Ar-Raqqah', 'Raqqa', 'SYR'],
  ['Moscow', 'Moscow', 'RUS', [55.75, 37.62]],
  ['Paris', 'Paris', 'FRA', [48.86, 2.35]],
  ['Aleppo', 'Aleppo', 'SYR'],
  ['Idlib', 'Idlib', 'SYR'],
  ['Mazar-i-Sharif', 'Mazar-i-Sharif', 'AFG'],
  ['Mazār-e Sharīf', 'Mazar-i-Sharif', 'AFG'],
  ['Kiev', 'Kyiv', 'UKR', [50.45, 30.52]],
  ['Kyiv', 'Kyiv', 'UKR'],
  ['Washington', 'Washington, D.C.', 'USA'],
  ['Syria', 'Syria', 'SYR'],
  ['Türkiye', 'Turkey', 'TUR'],
];

for (const [query, name, country, point] of rows) {
  test(`lookup("${query}") -> ${name} ${country}`, () => {
    const best = gazetteer.lookup(query)[0];
    assert.equal(best?.name, name);
    assert.equal(best?.country, country);
    if (point !== undefined && best !== undefined) {
      assert.ok(Math.abs(best.lat - point[0]) <= 0.5 && Math.abs(best.lon - point[1]) <= 0.5, `${best.lat},${best.lon}`);
    }
  });
}

test('Paris, Texas comes after Paris, France', () => {
  const countries = gazetteer.lookup('Paris').map((e) => e.country);
  assert.equal(countries[0], 'FRA');
  assert.ok(countries.includes('USA'));
});

test('capitals are marked, countries are found by code, unknown names find nothing', () => {
  assert.equal(gazetteer.lookup('Moscow')[0]?.capital, true);
  assert.equal(gazetteer.country('SYR')?.name, 'Syria');
  assert.equal(gazetteer.country('SYR')?.precision, 'country');
  assert.equal(gazetteer.country('XXX'), undefined);
  assert.deepEqual(gazetteer.lookup('Zzyzzyx'), []);
});
