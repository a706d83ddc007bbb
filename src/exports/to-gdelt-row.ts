import type { EventRecord, QuadClass } from '../domain/index.js';
import type { ActorLookup } from './actor-lookup.js';
import { toCameoActor, type CameoActor } from './cameo-actor.js';
import { toGdeltDate, toGdeltTimestamp } from './gdelt-date.js';
import { toGdeltGeo } from './gdelt-geo.js';
import { toGlobalEventId } from './global-event-id.js';
import { resolveGoldstein } from './goldstein.js';

/** What the GDELT export needs beyond the events: values the event records do not carry. */
export interface GdeltOptions {
  /** SOURCEURL of an event; by default its article id, as the store's events hold no URL. */
  readonly sourceUrl?: (event: EventRecord) => string | null;
  /** DATEADDED as YYYYMMDDHHMMSS; by default the article's publication time. */
  readonly dateAdded?: string;
}

const QUAD_NUMBER: Readonly<Record<QuadClass, string>> = {
  'verbal-cooperation': '1', 'material-cooperation': '2', 'verbal-conflict': '3', 'material-conflict': '4',
};

// GDELT derives QuadClass from the CAMEO root, where PLOVER differs: an appeal (02, PLOVER REQUEST)
// is verbal cooperation in GDELT but verbal conflict in PLOVER; a concession (08) is material cooperation.
function gdeltQuadClass(root: string, fallback: QuadClass): string {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) return QUAD_NUMBER[fallback];
  return n <= 5 ? '1' : n <= 8 ? '2' : n <= 13 ? '3' : '4';
}

/** One event as the 61 fields of a GDELT 2.0 event row (see GDELT_EVENT_COLUMNS and README). */
export function toGdeltRow(event: EventRecord, actors: ActorLookup, options: GdeltOptions = {}): string[] {
  // Multi-actor sides keep their first actor: GDELT has one actor per side.
  const a1 = actorFields(event.source[0], actors);
  const a2 = actorFields(event.target[0], actors);
  const date = toGdeltDate(event.date.value) ?? toGdeltDate(event.published);
  const goldstein = resolveGoldstein(event);
  const cameo = event.cameo.length === 2 ? `${event.cameo}0` : event.cameo; // "19" -> "190"
  const row = [
    String(toGlobalEventId(event.id)),
    date?.day ?? '', date?.monthYear ?? '', date?.year ?? '', date?.fractionDate ?? '',
    ...a1, ...a2,
    event.evidence[0]?.sentence === 0 ? '1' : '0',
    cameo, cameo.slice(0, 3), cameo.slice(0, 2),
    gdeltQuadClass(cameo.slice(0, 2), event.quadClass),
    goldstein === null ? '' : String(goldstein),
    String(Math.max(1, event.evidence.length)), '1', '1',
    '', // AvgTone: sitrep measures no tone
    ...toGdeltGeo(null, actors), ...toGdeltGeo(null, actors), // sitrep places events, not actors
    ...toGdeltGeo(event.location, actors),
    options.dateAdded ?? toGdeltTimestamp(event.published),
    options.sourceUrl?.(event) ?? event.article,
  ];
  return row.map(clean);
}

function actorFields(key: string | undefined, actors: ActorLookup): string[] {
  const a: CameoActor | null = key === undefined ? null : toCameoActor(key, actors);
  if (!a) return ['', '', '', '', '', '', '', '', '', ''];
  return [a.code, a.name, a.countryCode, a.knownGroup, '', '', '', a.types[0] ?? '', a.types[1] ?? '', a.types[2] ?? ''];
}

// A tab or line break inside a field would shift every later column.
function clean(field: string): string {
  return field.replace(/[\t\r\n]+/g, ' ');
}
