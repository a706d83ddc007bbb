import type { IncidentSpan } from '../is-incident-match.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

/** What an incident's summary columns take from one of its events. */
export interface IncidentEvent {
  readonly seq: number;
  readonly published: string | null;
  /** The report's days (see toReportDays), and whether they are a day-precise date. */
  readonly dayFirst: number | null;
  readonly dayLast: number | null;
  readonly exact: boolean;
  readonly sourceKey: string;
}

/** Opens an incident whose one report is `e` (an event about to be stored with it); returns its id. */
export function openIncident(ctx: SqliteContext, type: string, quadClass: string, e: IncidentEvent): number {
  const exact = e.exact ? e.dayFirst : null;
  const { lastInsertRowid } = ctx.run(
    `INSERT INTO incidents (type, quad_class, reports, independent_sources, first_event, first_published, day_first, day_last, exact_first, exact_last)
     VALUES (?, ?, 1, 1, ?, ?, ?, ?, ?, ?)`,
    [type, quadClass, e.seq, e.published, e.dayFirst, e.dayLast, exact, exact]);
  const id = Number(lastInsertRowid);
  ctx.run('INSERT INTO incident_sources (incident, source_key) VALUES (?, ?)', [id, e.sourceKey]);
  return id;
}

/** The day spans of some incidents, for `fitsIncident`. */
export function readIncidentSpans(ctx: SqliteContext, ids: readonly number[]): Map<number, IncidentSpan> {
  const rows = ids.length === 0 ? [] : ctx.all<{ id: number } & IncidentSpan>(
    `SELECT id, day_first AS first, day_last AS last, exact_first AS exactFirst, exact_last AS exactLast FROM incidents WHERE id IN (${toPlaceholders(ids.length)})`, ids);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Counts an event (stored with this incident) in the incident's reports, sources, days and first report. */
export function joinIncident(ctx: SqliteContext, id: number, e: IncidentEvent): void {
  const newSource = ctx.run('INSERT OR IGNORE INTO incident_sources (incident, source_key) VALUES (?, ?)', [id, e.sourceKey]).changes;
  const exact = e.exact ? e.dayFirst : null;
  // The first report is the earliest published one; an undated article never displaces a dated one.
  const first = '(first_event IS NULL OR (? IS NOT NULL AND (first_published IS NULL OR ? < first_published)))';
  ctx.run(
    `UPDATE incidents SET reports = reports + 1, independent_sources = independent_sources + ?,
       day_first = min(coalesce(day_first, ?), coalesce(?, day_first)), day_last = max(coalesce(day_last, ?), coalesce(?, day_last)),
       exact_first = min(coalesce(exact_first, ?), coalesce(?, exact_first)), exact_last = max(coalesce(exact_last, ?), coalesce(?, exact_last)),
       first_event = CASE WHEN ${first} THEN ? ELSE first_event END, first_published = CASE WHEN ${first} THEN ? ELSE first_published END
     WHERE id = ?`,
    [newSource, e.dayFirst, e.dayFirst, e.dayLast, e.dayLast, exact, exact, exact, exact,
      e.published, e.published, e.seq, e.published, e.published, e.published, id],
  );
}

/** Recomputes an incident from its events after some were removed; deletes it when none is left. */
export function refreshIncident(ctx: SqliteContext, id: number): void {
  const sum = ctx.get<{ n: number; first: number | null; last: number | null; exactFirst: number | null; exactLast: number | null }>(
    `SELECT count(*) AS n, min(day_first) AS first, max(day_last) AS last,
       min(CASE WHEN date_precision = 'day' THEN day_first END) AS exactFirst, max(CASE WHEN date_precision = 'day' THEN day_first END) AS exactLast
     FROM events WHERE incident = ?`, [id]);
  if (!sum || sum.n === 0) {
    ctx.run('DELETE FROM incidents WHERE id = ?', [id]);
    return;
  }
  const first = ctx.get<{ seq: number; published: string | null }>(
    'SELECT seq, published FROM events WHERE incident = ? ORDER BY published IS NULL, published, seq LIMIT 1', [id]);
  ctx.run('DELETE FROM incident_sources WHERE incident = ?', [id]);
  ctx.run('INSERT INTO incident_sources (incident, source_key) SELECT DISTINCT ?, source_key FROM events WHERE incident = ?', [id, id]);
  ctx.run(
    `UPDATE incidents SET reports = ?, independent_sources = (SELECT count(*) FROM incident_sources WHERE incident = ?),
       first_event = ?, first_published = ?, day_first = ?, day_last = ?, exact_first = ?, exact_last = ? WHERE id = ?`,
    [sum.n, id, first?.seq ?? null, first?.published ?? null, sum.first, sum.last, sum.exactFirst, sum.exactLast, id],
  );
}
