import type { DatePrecision, PlacePrecision, PloverType } from '../../domain/index.js';
import type { MatchEvent } from '../is-incident-match.js';
import type { StoredEvent } from '../to-stored-event.js';
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

/**
 * Reads the given events (by seq) with their source and target keys, from `cache` when it has
 * them: stored events never change their match fields or incident while they exist, and ingest
 * reads the same recent events again and again.
 */
export function loadMatchEvents(ctx: SqliteContext, seqs: readonly number[], cache: Map<number, StoredMatchEvent>): StoredMatchEvent[] {
  const out: StoredMatchEvent[] = [];
  const missing: number[] = [];
  for (const seq of seqs) {
    const hit = cache.get(seq);
    if (hit) out.push(hit); else missing.push(seq);
  }
  for (const e of readMatchEvents(ctx, missing)) {
    cache.set(e.seq, e);
    out.push(e);
  }
  return out;
}

/** A just stored event as `readMatchEvents` would read it back. */
export function toStoredMatchEvent(seq: number, incident: number, article: { readonly id: string; readonly published: string | null }, e: StoredEvent): StoredMatchEvent {
  const loc = e.location;
  return {
    seq, incident,
    match: {
      article: article.id, type: e.type, source: e.source, target: e.target, published: article.published,
      location: loc === null ? null : { country: loc.country, lat: loc.lat, lon: loc.lon, precision: loc.precision },
      date: { value: e.date.value, precision: e.date.precision },
    },
  };
}

function readMatchEvents(ctx: SqliteContext, seqs: readonly number[]): StoredMatchEvent[] {
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
