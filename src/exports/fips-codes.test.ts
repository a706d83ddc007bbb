import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ISO3_TO_FIPS, toFipsCountry } from './fips-codes.js';

// ISO3 (and longitude) -> FIPS 10-4; the pairs where the two systems disagree are the point.
const rows: [string | null, number | null, string][] = [
  ['TUR', null, 'TU'], ['SYR', null, 'SY'], ['RUS', null, 'RS'], ['DEU', null, 'GM'], ['GBR', null, 'UK'],
  ['USA', null, 'US'], ['IRQ', null, 'IZ'], ['ISR', null, 'IS'], ['LBN', null, 'LE'], ['UKR', null, 'UP'],
  ['COD', null, 'CG'], ['COG', null, 'CF'], ['CAF', null, 'CT'], ['ZAF', null, 'SF'], ['SSD', null, 'OD'],
  ['VGB', null, 'VI'], ['VIR', null, 'VQ'], ['XKX', null, 'KV'],
  ['PSE', 34.45, 'GZ'], ['PSE', 35.2, 'WE'], ['PSE', null, ''],
  ['ALA', null, ''], ['XXX', null, ''], [null, null, ''],
];

for (const [iso3, lon, fips] of rows) {
  test(`${iso3 ?? 'null'}${lon === null ? '' : ` at ${lon}°E`} -> ${fips || '(empty)'}`, () => assert.equal(toFipsCountry(iso3, lon), fips));
}

test('FIPS codes are two capital letters and no two countries share one', () => {
  const codes = Object.values(ISO3_TO_FIPS);
  assert.ok(codes.every((c) => /^[A-Z]{2}$/.test(c)));
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(Object.keys(ISO3_TO_FIPS).every((k) => /^[A-Z]{3}$/.test(k)));
});
