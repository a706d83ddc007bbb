import type { EventRecord } from '../domain/index.js';
import { toActorRef, type ActorLookup } from './actor-lookup.js';
import { toCsvLine } from './csv-line.js';
import type { EventSource } from './event-source.js';

/** The CSV export's columns, in order (documented in README). */
export const EVENT_CSV_COLUMNS: readonly string[] = Object.freeze([
  'id', 'article', 'outlet', 'published', 'date', 'date_precision',
  'type', 'mode', 'cameo', 'quad_class', 'goldstein', 'modality',
  'source_keys', 'source_names', 'target_keys', 'target_names', 'attributed_to_keys', 'attributed_to_names',
  'place', 'place_country', 'lat', 'lon', 'place_precision',
  'evidence', 'trigger', 'evidence_start', 'evidence_end', 'evidence_count',
  'incident', 'rule', 'reason',
]);

/** Streams events as CSV (RFC 4180, header row): one row per event, actors as `;`-joined keys and names. */
export async function* toEventCsv(events: EventSource, actors: ActorLookup): AsyncGenerator<string> {
  yield toCsvLine(EVENT_CSV_COLUMNS);
  for await (const event of events) yield toCsvLine(toCsvFields(event, actors));
}

function toCsvFields(e: EventRecord, actors: ActorLookup): (string | number | null)[] {
  const side = (keys: readonly string[]): [string, string] =>
    [keys.join(';'), keys.map((k) => toActorRef(k, actors).name).join(';')];
  const main = e.evidence[0];
  const loc = e.location;
  return [
    e.id, e.article, e.outlet, e.published, e.date.value, e.date.precision,
    e.type, e.mode, e.cameo, e.quadClass, e.goldstein, e.modality,
    ...side(e.source), ...side(e.target), ...side(e.attributedTo),
    loc?.name ?? null, loc?.country ?? null, loc?.lat ?? null, loc?.lon ?? null, loc?.precision ?? null,
    main?.text ?? null, main?.trigger.text ?? null, main?.start ?? null, main?.end ?? null, e.evidence.length,
    e.incident, e.rule, e.reason,
  ];
}
