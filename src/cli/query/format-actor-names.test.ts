import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlaceId, type EventLocation } from '../../domain/index.js';
import { formatDyad, formatPlace } from './format-actor-names.js';
import { nameOf } from './test-support.js';

const DYADS: readonly [readonly string[], readonly string[], string][] = [
  [['TUR'], ['RUS'], 'Turkey -> Russia'],
  [['HULUSI_AKAR', 'SERGEI_SHOIGU'], [], 'Hulusi Akar + Sergei Shoigu'],
  [[], ['SDF'], '? -> Syrian Democratic Forces'],
  [['~textile merchants'], ['TUR'], '~textile merchants -> Turkey'],
];
for (const [source, target, expected] of DYADS) {
  test(`formatDyad: ${expected}`, () => assert.equal(formatDyad(source, target, nameOf), expected));
}

const place = (name: string, country: string | null, precision: EventLocation['precision']): EventLocation =>
  ({ name, country, lat: null, lon: null, precision, place: toPlaceId('p1') });
const PLACES: readonly [EventLocation | null, string][] = [
  [place('Moscow', 'RUS', 'city'), 'Moscow, RUS'],
  [place('Syria', 'SYR', 'country'), 'Syria'],
  [place('Open sea', null, 'point'), 'Open sea'],
  [null, ''],
];
for (const [location, expected] of PLACES) {
  test(`formatPlace: "${expected}"`, () => assert.equal(formatPlace(location), expected));
}
