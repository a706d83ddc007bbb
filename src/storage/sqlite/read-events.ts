import type { DatePrecision, EventRecord, Evidence, Modality, PlacePrecision, PloverType, QuadClass } from '../../domain/index.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

interface EventRow {
  seq: number; id: string; article: string; outlet: string | null; published: string | null; type: string; quad_class: string;
  mode: string | null; cameo: string; goldstein: number | null; modality: string;
  date_value: string | null; date_precision: string | null; date_text: string | null; date_reason: string;
  place_name: string | null; place_country: string | null; lat: number | null; lon: number | null; place_precision: string | null; place_id: string | null;
  evidence: string; rule: string; reason: string; incident: number;
}

type Sides = { source: string[]; target: string[]; attributed: string[] };

const CHUNK = 500;

function toEventRecord(r: EventRow, s: Sides): EventRecord {
  return {
    id: r.id, article: r.article, outlet: r.outlet, published: r.published, type: r.type as PloverType, quadClass: r.quad_class as QuadClass,
    mode: r.mode, cameo: r.cameo, goldstein: r.goldstein, source: s.source, target: s.target, attributedTo: s.attributed,
    date: { value: r.date_value, precision: r.date_precision as DatePrecision | null, text: r.date_text, reason: r.date_reason },
    location: r.place_name === null ? null : {
      name: r.place_name, country: r.place_country, lat: r.lat, lon: r.lon, precision: (r.place_precision ?? 'country') as PlacePrecision,
      place: (r.place_id ?? '') as NonNullable<EventRecord['location']>['place'],
    },
    modality: r.modality as Modality, evidence: JSON.parse(r.evidence) as Evidence[], rule: r.rule, reason: r.reason,
    incident: String(r.incident),
  };
}

/** EventRecords for the given event rows (`seq`), in that order, with their actor keys by side. */
export function readEvents(ctx: SqliteContext, seqs: readonly number[]): EventRecord[] {
  const bySeq = new Map<number, EventRecord>();
  for (let i = 0; i < seqs.length; i += CHUNK) {
    const part = seqs.slice(i, i + CHUNK);
    const marks = toPlaceholders(part.length);
    const sides = new Map<number, Sides>();
    const actors = ctx.all<{ event: number; side: keyof Sides; actor_key: string }>(
      `SELECT event, side, actor_key FROM event_actors WHERE event IN (${marks}) ORDER BY event, side, position`, part);
    for (const a of actors) {
      const s = sides.get(a.event) ?? { source: [], target: [], attributed: [] };
      s[a.side].push(a.actor_key);
      sides.set(a.event, s);
    }
    const rows = ctx.all<EventRow>(
      `SELECT e.*, d.date_text, d.date_reason, d.place_id, d.evidence, d.rule, d.reason
       FROM events e JOIN event_details d ON d.event = e.seq WHERE e.seq IN (${marks})`, part);
    for (const r of rows) bySeq.set(r.seq, toEventRecord(r, sides.get(r.seq) ?? { source: [], target: [], attributed: [] }));
  }
  return seqs.flatMap((s) => bySeq.get(s) ?? []);
}
