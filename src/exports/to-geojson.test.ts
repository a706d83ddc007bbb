import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlaceId, type EventRecord } from '../domain/index.js';
import { toGeoJson } from './to-geojson.js';
import { toPloverRecord } from './to-plover-record.js';
import { buildEvent, collect, lookupOf } from './test-support.js';

const actors = lookupOf();
const place = (lat: number | null, lon: number | null): EventRecord['location'] =>
  ({ name: 'Somewhere', country: 'SYR', lat, lon, precision: 'city', place: toPlaceId('p9') });

interface Collection { type: string; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: unknown }[] }

const rows: [string, EventRecord[], string[]][] = [
  ['no events', [], []],
  ['one event with coordinates', [buildEvent()], ['a1#e1']],
  ['events without a place or without coordinates are skipped', [
    buildEvent({ id: 'x#1', location: null }),
    buildEvent({ id: 'x#2' }),
    buildEvent({ id: 'x#3', location: place(null, null) }),
    buildEvent({ id: 'x#4', location: place(36.2, null) }),
    buildEvent({ id: 'x#5', location: place(0, 0) }),
  ], ['x#2', 'x#5']],
];

for (const [name, events, ids] of rows) {
  test(`GeoJSON: ${name}`, async () => {
    const geojson = JSON.parse(await collect(toGeoJson(events, actors))) as Collection;
    assert.equal(geojson.type, 'FeatureCollection');
    assert.deepEqual(geojson.features.map((f) => f.id), ids);
    for (const f of geojson.features) assert.equal(f.type, 'Feature');
  });
}

test('GeoJSON points are [longitude, latitude] and properties are the JSONL record', async () => {
  const event = buildEvent();
  const geojson = JSON.parse(await collect(toGeoJson([event], actors))) as Collection;
  const feature = geojson.features[0];
  assert.deepEqual(feature?.geometry, { type: 'Point', coordinates: [37.62, 55.75] });
  assert.deepEqual(feature?.properties, JSON.parse(JSON.stringify(toPloverRecord(event, actors))));
});

test('GeoJSON reads async iterables too', async () => {
  async function* events(): AsyncGenerator<EventRecord> { yield buildEvent({ id: 'b#1' }); yield buildEvent({ id: 'b#2' }); }
  const geojson = JSON.parse(await collect(toGeoJson(events(), actors))) as Collection;
  assert.deepEqual(geojson.features.map((f) => f.id), ['b#1', 'b#2']);
});
