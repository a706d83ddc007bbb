import type { ActorLookup } from './actor-lookup.js';
import type { EventSource } from './event-source.js';
import { toPloverRecord } from './to-plover-record.js';

/** Streams the events that have coordinates as a GeoJSON FeatureCollection of points, properties as in the JSONL. */
export async function* toGeoJson(events: EventSource, actors: ActorLookup): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const event of events) {
    const lat = event.location?.lat ?? null;
    const lon = event.location?.lon ?? null;
    if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const feature = {
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [lon, lat] }, // GeoJSON is [longitude, latitude]
      properties: toPloverRecord(event, actors),
    };
    yield `${first ? '\n' : ',\n'}${JSON.stringify(feature)}`;
    first = false;
  }
  yield '\n]}\n';
}
