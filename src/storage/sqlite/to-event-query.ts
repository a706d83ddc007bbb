import { InputError } from '../../domain/index.js';
import { toDayNumber } from '../day-range.js';
import type { EventFilter, OneOrMany } from '../event-filter.js';
import { MAX_REPORT_DAYS } from '../is-incident-match.js';
import { toMatchQuery } from '../to-match-query.js';
import { NO_DAY } from './insert-event.js';
import { toPlaceholders, type SqlValue } from './sqlite-context.js';

/** An event query: FROM, WHERE (with parameters in order) and an ORDER BY that an index provides. */
export interface EventQuery {
  readonly from: string;
  /** The expression naming an event's row (`seq`) in this FROM. */
  readonly seq: string;
  readonly conditions: readonly string[];
  readonly params: readonly SqlValue[];
  readonly order: string;
  /** Whether one actor's lineage rows drive the query (their `l.day, l.event` order is the cursor). */
  readonly driven: boolean;
}

/** How a filter on participants' kind or country is written: per row, or as a set of events. */
export type ParticipantStrategy = 'exists' | 'in';

/** A list of values for `IN (...)`. */
export function toList<T extends string>(v: OneOrMany<T>): readonly T[] {
  return typeof v === 'string' ? [v as T] : (v as readonly T[]);
}

/** The day number of a filter date; throws InputError naming the field when it is not `YYYY-MM-DD`. */
export function toFilterDay(field: string, value: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? toDayNumber(value) : null;
  if (day === null) throw new InputError('input/date', `The filter's ${field} date "${value}" is not a valid date; expected YYYY-MM-DD, e.g. 2023-01-02.`);
  return day;
}

function participantSql(column: string, n: number, strategy: ParticipantStrategy): string {
  return strategy === 'exists'
    ? `EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.key = ea.actor_key WHERE ea.event = e.seq AND ea.side != 'attributed' AND a.${column} IN (${toPlaceholders(n)}))`
    : `e.seq IN (SELECT ea.event FROM actors a JOIN event_actors ea ON ea.actor_key = a.key WHERE a.${column} IN (${toPlaceholders(n)}) AND ea.side != 'attributed')`;
}

/** Conditions collected with whether they read the `events` row (`e`) or only the lineage row (`l`). */
class Conditions {
  readonly sql: string[] = [];
  readonly params: SqlValue[] = [];
  needsEvents = false;
  add(onEvents: boolean, sql: string, ...values: SqlValue[]): void {
    this.sql.push(sql);
    this.params.push(...values);
    this.needsEvents ||= onEvents;
  }
}

/** Conditions on type, quad class and dates, on the lineage row (`l`) when driven, else on `e`. */
function addColumns(c: Conditions, f: EventFilter, t: 'l' | 'e'): void {
  const onE = t === 'e';
  const inList = (column: string, v: OneOrMany<string>): void => { const l = toList(v); c.add(onE, `${t}.${column} IN (${toPlaceholders(l.length)})`, ...l); };
  if (f.type !== undefined) inList('type', f.type);
  if (f.quadClass !== undefined) inList('quad_class', f.quadClass);
  const [day, dayLast] = onE ? ['e.day_first', 'e.day_last'] : ['l.day', 'l.day_last'];
  // A report covers at most 31 days, so "overlaps [from, to]" is a bounded range on the day index;
  // NO_DAY marks lineage rows of events with no date at all, which match no date filter.
  if (f.from !== undefined) { const from = toFilterDay('from', f.from); c.add(onE, `${day} >= ? AND ${dayLast} >= ?`, from - MAX_REPORT_DAYS + 1, from); }
  if (f.to !== undefined) c.add(onE, `${day} > ? AND ${day} <= ?`, NO_DAY, toFilterDay('to', f.to));
}

/**
 * Builds an event query. `actorKeys` are the actors `filter.actor` resolved to (resolveActorKeys):
 * with one key, that actor's lineage rows drive the query in date order, members included, and a
 * filter on nothing but actor, type, quad class and dates never reads the events table.
 */
export function toEventQuery(f: EventFilter, actorKeys: readonly string[] = [], participants: ParticipantStrategy = 'in'): EventQuery {
  const c = new Conditions();
  const bySide = f.actorSide === 'source' ? 1 : f.actorSide === 'target' ? 2 : 3;
  const driven = f.actor !== undefined && actorKeys.length === 1;
  if (f.actor !== undefined && actorKeys.length === 0) c.add(false, '0');
  else if (driven) c.add(false, 'l.actor_key = ? AND l.sides & ? != 0', actorKeys[0] ?? '', bySide);
  else if (f.actor !== undefined) c.add(true, `e.seq IN (SELECT event FROM event_lineage WHERE actor_key IN (${toPlaceholders(actorKeys.length)}) AND sides & ? != 0)`, ...actorKeys, bySide);
  addColumns(c, f, driven ? 'l' : 'e');
  if (f.actorKind !== undefined) { const l = toList(f.actorKind); c.add(true, participantSql('kind', l.length, participants), ...l); }
  if (f.actorCountry !== undefined) c.add(true, participantSql('country', 1, participants), f.actorCountry);
  if (f.country !== undefined) c.add(true, 'e.place_country = ?', f.country);
  if (f.modality !== undefined) { const l = toList(f.modality); c.add(true, `e.modality IN (${toPlaceholders(l.length)})`, ...l); }
  if (f.place !== undefined) c.add(true, 'e.place_name = ? COLLATE NOCASE', f.place);
  if (f.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    c.add(true, 'e.lon IS NOT NULL AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?', minLon, maxLon, minLat, maxLat);
  }
  if (f.outlet !== undefined) c.add(true, 'e.outlet = ?', f.outlet);
  if (f.text !== undefined) {
    const q = toMatchQuery(f.text);
    if (q === null) c.add(false, '0');
    else c.add(true, 'e.seq IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)', q);
  }
  if (f.article !== undefined) c.add(true, 'e.article = ?', f.article);
  if (f.incident !== undefined) c.add(true, 'e.incident = ?', Number(f.incident));
  if (!driven) return { from: 'events e', seq: 'e.seq', conditions: c.sql, params: c.params, order: 'e.day_first, e.seq', driven };
  const from = c.needsEvents ? 'event_lineage l JOIN events e ON e.seq = l.event' : 'event_lineage l';
  return { from, seq: 'l.event', conditions: c.sql, params: c.params, order: 'l.day, l.event', driven };
}

/** `WHERE a AND b`, or nothing. */
export function toWhereClause(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
