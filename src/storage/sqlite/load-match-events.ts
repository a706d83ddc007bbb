import type { DatePrecision, PlacePrecision, PloverType } from '../../domain/index.js';
import type { MatchEvent } from '../is-incident-match.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

/** A stored event as incident matching sees it, with the incident it belongs to. */
export interface StoredMatchEvent {
  readonly seq: number;
  readonly incident: number | null;
  readonly match: MatchEvent;
}

interface MatchRow {
  seq: number; incident: number | null; article: string; type: string; published: string | null;
  date_value: string | null; date_precision: string | null;
  place_country: string | null; lat: number | null; lon: number | null; place_precision: string | null; place_name: string | null;
}

const CHUNK = 500;

/** Reads the given events (by seq) with their source and target keys. */
export function loadMatchEvents(ctx: SqliteContext, seqs: readonly number[]): StoredMatchEvent[] {
  const out: StoredMatchEvent[] = [];
  for (let i = 0; i < seqs.length; i += CHUNK) {
    const part = seqs.slice(i, i + CHUNK);
    const marks = toPlaceholders(part.length);
    const rows = ctx.all<MatchRow>(
      `SELECT seq, incident, article, type, published, date_value, date_precision, place_country, lat, lon, place_precision, place_name
       FROM events WHERE seq IN (${marks})`, part);
    const actors = ctx.all<{ event: number; side: string; actor_key: string }>(
      `SELECT event, side, actor_key FROM event_actors WHERE event IN (${marks}) AND side != 'attributed' ORDER BY event, side, position`, part);
    const sides = new Map<number, { source: string[]; target: string[] }>();
    for (const a of actors) {
      const s = sides.get(a.event) ?? { source: [], target: [] };
      (a.side === 'source' ? s.source : s.target).push(a.actor_key);
      sides.set(a.event, s);
    }
    for (const r of rows) {
      const { source, target } = sides.get(r.seq) ?? { source: [], target: [] };
      const location = r.place_name === null ? null
        : { country: r.place_country, lat: r.lat, lon: r.lon, precision: (r.place_precision ?? 'country') as PlacePrecision };
      out.push({
        seq: r.seq, incident: r.incident,
        match: {
          article: r.article, type: r.type as PloverType, source, target, published: r.published, location,
          date: { value: r.date_value, precision: r.date_precision as DatePrecision | null },
        },
      });
    }
  }
  return out;
}
