import type { EventDate, EventLocation, EventRecord, IncidentRecord, Modality, PloverType, QuadClass, ReportedValue } from '../../domain/index.js';
import { readEvents } from './read-events.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

interface IncidentRow { id: number; type: string; quad_class: string; reports: number; independent_sources: number; first_event: string | null }

/** Groups reports by a value (compared as JSON), in order of first appearance. */
function sideBySide<T>(events: readonly EventRecord[], valueOf: (e: EventRecord) => T | null): ReportedValue<T>[] {
  const groups = new Map<string, { value: T; events: string[] }>();
  for (const e of events) {
    const value = valueOf(e);
    if (value === null) continue;
    const key = JSON.stringify(value);
    const g = groups.get(key) ?? { value, events: [] };
    g.events.push(e.id);
    groups.set(key, g);
  }
  return [...groups.values()];
}

const unique = (keys: readonly string[]): string[] => [...new Set(keys)];
const dateOf = (e: EventRecord): EventDate | null => (e.date.value === null ? null : e.date);
const placeOf = (e: EventRecord): EventLocation | null => e.location;
const modalityOf = (e: EventRecord): Modality => e.modality;

function toIncident(row: IncidentRow, events: readonly EventRecord[]): IncidentRecord {
  const dated = events.map((e) => e.date.value).filter((v): v is string => v !== null).sort();
  const first = events.find((e) => e.id === row.first_event) ?? events[0];
  return {
    id: String(row.id), type: row.type as PloverType, quadClass: row.quad_class as QuadClass,
    source: unique(events.flatMap((e) => e.source)), target: unique(events.flatMap((e) => e.target)),
    firstDate: dated[0] ?? null, lastDate: dated[dated.length - 1] ?? null,
    firstReport: { event: first?.id ?? '', article: first?.article ?? '', outlet: first?.outlet ?? null, published: first?.published ?? null },
    reports: row.reports, independentSources: row.independent_sources,
    dates: sideBySide(events, dateOf), places: sideBySide(events, placeOf), modalities: sideBySide(events, modalityOf),
    events: events.map((e) => e.id),
  };
}

/** IncidentRecords for the given ids, in that order, with every report (by publication then storage order). */
export function readIncidents(ctx: SqliteContext, ids: readonly number[]): IncidentRecord[] {
  if (ids.length === 0) return [];
  const marks = toPlaceholders(ids.length);
  const rows = ctx.all<IncidentRow>(
    `SELECT i.id, i.type, i.quad_class, i.reports, i.independent_sources, e.id AS first_event
     FROM incidents i LEFT JOIN events e ON e.seq = i.first_event WHERE i.id IN (${marks})`, ids);
  const seqs = ctx.all<{ seq: number }>(
    `SELECT seq FROM events WHERE incident IN (${marks}) ORDER BY published IS NULL, published, seq`, ids).map((r) => r.seq);
  const events = readEvents(ctx, seqs);
  const byIncident = new Map<string, EventRecord[]>();
  for (const e of events) {
    const list = byIncident.get(e.incident ?? '');
    if (list) list.push(e);
    else byIncident.set(e.incident ?? '', [e]);
  }
  const byId = new Map(rows.map((r) => {
    const list = byIncident.get(String(r.id)) ?? [];
    return [r.id, toIncident(r, list)] as const;
  }));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
