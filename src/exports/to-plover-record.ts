import type { DatePrecision, EventRecord, Modality, PlacePrecision, PloverType, QuadClass } from '../domain/index.js';
import { toActorRef, type ActorLookup, type ActorRef } from './actor-lookup.js';

/** One event as PLOVER-style JSONL and GeoJSON show it: actors resolved, spans kept (see README). */
export interface PloverRecord {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number | null;
  readonly modality: Modality;
  readonly source: readonly ActorRef[];
  readonly target: readonly ActorRef[];
  readonly attributedTo: readonly ActorRef[];
  readonly date: { readonly value: string | null; readonly precision: DatePrecision | null; readonly text: string | null };
  readonly place: {
    readonly name: string; readonly country: string | null;
    readonly lat: number | null; readonly lon: number | null; readonly precision: PlacePrecision;
  } | null;
  readonly evidence: readonly {
    readonly text: string; readonly start: number; readonly end: number; readonly sentence: number;
    readonly trigger: { readonly text: string; readonly start: number; readonly end: number };
  }[];
  readonly article: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly incident: string | null;
  readonly rule: string;
  readonly reason: string;
}

/** Converts a stored event to its PLOVER-style record, resolving every actor key. */
export function toPloverRecord(event: EventRecord, actors: ActorLookup): PloverRecord {
  const refs = (keys: readonly string[]): ActorRef[] => keys.map((key) => toActorRef(key, actors));
  const loc = event.location;
  return {
    id: event.id,
    type: event.type,
    mode: event.mode,
    cameo: event.cameo,
    quadClass: event.quadClass,
    goldstein: event.goldstein,
    modality: event.modality,
    source: refs(event.source),
    target: refs(event.target),
    attributedTo: refs(event.attributedTo),
    date: { value: event.date.value, precision: event.date.precision, text: event.date.text },
    place: loc ? { name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, precision: loc.precision } : null,
    evidence: event.evidence.map((e) => ({
      text: e.text, start: e.start, end: e.end, sentence: e.sentence,
      trigger: { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end },
    })),
    article: event.article,
    outlet: event.outlet,
    published: event.published,
    incident: event.incident,
    rule: event.rule,
    reason: event.reason,
  };
}
