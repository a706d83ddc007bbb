import type { DatePrecision, EventDate, EventLocation, IncidentRecord, Modality, PlacePrecision, PloverType, QuadClass, ReportedValue } from '../../domain/index.js';
import { toIncidentSides, type ReportSide } from '../incident-sides.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

interface IncidentRow { id: number; type: string; quad_class: string; reports: number; independent_sources: number; first_event: string | null }

/** What an incident shows of each report: no evidence text, so long incidents stay cheap to read. */
interface ReportRow {
  id: string; incident: number; article: string; outlet: string | null; published: string | null; modality: string;
  date_value: string | null; date_precision: string | null; date_text: string | null; date_reason: string;
  place_name: string | null; place_country: string | null; lat: number | null; lon: number | null; place_precision: string | null; place_id: string | null;
}

/** Groups reports by a key, keeping the first report's value, in order of first appearance. */
function sideBySide<T>(reports: readonly ReportRow[], valueOf: (r: ReportRow) => T | null, keyOf: (v: T) => string): ReportedValue<T>[] {
  const groups = new Map<string, { value: T; events: string[] }>();
  for (const r of reports) {
    const value = valueOf(r);
    if (value === null) continue;
    const g = groups.get(keyOf(value)) ?? { value, events: [] };
    g.events.push(r.id);
    groups.set(keyOf(value), g);
  }
  return [...groups.values()];
}

const dateOf = (r: ReportRow): EventDate | null => r.date_value === null ? null
  : { value: r.date_value, precision: r.date_precision as DatePrecision | null, text: r.date_text, reason: r.date_reason };
const placeOf = (r: ReportRow): EventLocation | null => r.place_name === null ? null : {
  name: r.place_name, country: r.place_country, lat: r.lat, lon: r.lon, precision: (r.place_precision ?? 'country') as PlacePrecision,
  place: (r.place_id ?? '') as EventLocation['place'],
};
// Reports agree on a date when value and precision agree, whatever words gave it; on a place when
// name, country and coordinates agree (place ids are local to each article).
const dateKey = (d: EventDate): string => JSON.stringify([d.value, d.precision]);
const placeKey = (p: EventLocation): string => JSON.stringify([p.name, p.country, p.lat, p.lon, p.precision]);

function toIncident(row: IncidentRow, reports: readonly ReportRow[], actors: { source: string[]; target: string[] }): IncidentRecord {
  const dated = reports.map((r) => r.date_value).filter((v): v is string => v !== null).sort();
  const first = reports.find((r) => r.id === row.first_event) ?? reports[0];
  return {
    id: String(row.id), type: row.type as PloverType, quadClass: row.quad_class as QuadClass, source: actors.source, target: actors.target,
    firstDate: dated[0] ?? null, lastDate: dated[dated.length - 1] ?? null,
    firstReport: { event: first?.id ?? '', article: first?.article ?? '', outlet: first?.outlet ?? null, published: first?.published ?? null },
    reports: row.reports, independentSources: row.independent_sources,
    dates: sideBySide(reports, dateOf, dateKey), places: sideBySide(reports, placeOf, placeKey),
    modalities: sideBySide(reports, (r) => r.modality as Modality, String), events: reports.map((r) => r.id),
  };
}

/** IncidentRecords for the given ids, in that order, with every report (by publication, then storage order). */
export function readIncidents(ctx: SqliteContext, ids: readonly number[]): IncidentRecord[] {
  if (ids.length === 0) return [];
  const marks = toPlaceholders(ids.length);
  const rows = ctx.all<IncidentRow>(
    `SELECT i.id, i.type, i.quad_class, i.reports, i.independent_sources, e.id AS first_event
     FROM incidents i LEFT JOIN events e ON e.seq = i.first_event WHERE i.id IN (${marks})`, ids);
  const order = 'ORDER BY e.published IS NULL, e.published, e.seq';
  const reports = ctx.all<ReportRow>(
    `SELECT e.id, e.incident, e.article, e.outlet, e.published, e.modality, e.date_value, e.date_precision, d.date_text, d.date_reason,
       e.place_name, e.place_country, e.lat, e.lon, e.place_precision, d.place_id
     FROM events e JOIN event_details d ON d.event = e.seq WHERE e.incident IN (${marks}) ${order}`, ids);
  const sides = ctx.all<{ incident: number; side: 'source' | 'target'; actor_key: string }>(
    `SELECT e.incident, ea.side, ea.actor_key FROM events e JOIN event_actors ea ON ea.event = e.seq
     WHERE e.incident IN (${marks}) AND ea.side != 'attributed' ${order}, ea.position`, ids);
  const byIncident = new Map<number, ReportRow[]>();
  for (const r of reports) {
    const list = byIncident.get(r.incident);
    if (list) list.push(r);
    else byIncident.set(r.incident, [r]);
  }
  const sidesOf = new Map<number, ReportSide[]>();
  for (const s of sides) {
    const list = sidesOf.get(s.incident);
    if (list) list.push({ side: s.side, actor: s.actor_key });
    else sidesOf.set(s.incident, [{ side: s.side, actor: s.actor_key }]);
  }
  const byId = new Map(rows.map((r) => [r.id, toIncident(r, byIncident.get(r.id) ?? [], toIncidentSides(sidesOf.get(r.id) ?? []))] as const));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
