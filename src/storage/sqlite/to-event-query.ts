import { InputError } from '../../domain/index.js';
import { toDayNumber } from '../day-range.js';
import type { EventFilter, OneOrMany } from '../event-filter.js';
import { MAX_REPORT_DAYS } from '../is-incident-match.js';
import { toMatchQuery } from '../to-match-query.js';
import { NO_DAY } from './insert-event.js';
import { toPlaceholders, type SqlValue } from './sqlite-context.js';

/** The FROM, WHERE and ORDER BY of an event query, with the WHERE's parameters in order. */
export interface EventQuery {
  readonly from: string;
  readonly conditions: readonly string[];
  readonly params: readonly SqlValue[];
  /** Date order through an index: the actor's lineage range when one actor drives the query, else events_day. */
  readonly order: string;
}

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

/** How a filter on participants' kind or country is written (see participantsStrategy). */
export type ParticipantStrategy = 'exists' | 'in';

/** The participant condition: per row (`exists`, good when most events match) or as a set of events (`in`). */
function participantSql(column: string, n: number, strategy: ParticipantStrategy): string {
  return strategy === 'exists'
    ? `EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.key = ea.actor_key WHERE ea.event = e.seq AND ea.side != 'attributed' AND a.${column} IN (${toPlaceholders(n)}))`
    : `e.seq IN (SELECT ea.event FROM actors a JOIN event_actors ea ON ea.actor_key = a.key WHERE a.${column} IN (${toPlaceholders(n)}) AND ea.side != 'attributed')`;
}

/**
 * Builds an event query. `actorKeys` are the actors `filter.actor` resolved to (resolveActorKeys);
 * with one key the query walks that actor's lineage rows in date order, members included.
 */
export function toEventQuery(f: EventFilter, actorKeys: readonly string[] = [], participants: ParticipantStrategy = 'in'): EventQuery {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]): void => { conditions.push(sql); params.push(...values); };
  const inList = (column: string, v: OneOrMany<string>): void => { const l = toList(v); add(`${column} IN (${toPlaceholders(l.length)})`, ...l); };
  const bySide = f.actorSide === 'source' ? 1 : f.actorSide === 'target' ? 2 : 3;
  const driven = f.actor !== undefined && actorKeys.length === 1;

  if (f.actor !== undefined && actorKeys.length === 0) add('0');
  else if (driven) add('l.actor_key = ? AND l.sides & ? != 0', actorKeys[0] ?? '', bySide);
  else if (f.actor !== undefined) add(`e.seq IN (SELECT event FROM event_lineage WHERE actor_key IN (${toPlaceholders(actorKeys.length)}) AND sides & ? != 0)`, ...actorKeys, bySide);
  if (f.actorKind !== undefined) { const l = toList(f.actorKind); add(participantSql('kind', l.length, participants), ...l); }
  if (f.actorCountry !== undefined) add(participantSql('country', 1, participants), f.actorCountry);
  if (f.country !== undefined) add('e.place_country = ?', f.country);
  if (f.type !== undefined) inList('e.type', f.type);
  if (f.quadClass !== undefined) inList('e.quad_class', f.quadClass);
  if (f.modality !== undefined) inList('e.modality', f.modality);
  // A report covers at most 31 days, so "overlaps [from, to]" is a bounded range on the day index.
  const [from, to] = [f.from === undefined ? null : toFilterDay('from', f.from), f.to === undefined ? null : toFilterDay('to', f.to)];
  const day = driven ? 'l.day' : 'e.day_first';
  if (from !== null) add(`${day} >= ? AND e.day_last >= ?`, from - MAX_REPORT_DAYS + 1, from);
  // NO_DAY marks lineage rows of events with no date at all: they match no date filter.
  if (to !== null) add(`${day} > ? AND ${day} <= ?`, NO_DAY, to);
  if (f.place !== undefined) add('e.place_name = ? COLLATE NOCASE', f.place);
  if (f.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    add('e.lon IS NOT NULL AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?', minLon, maxLon, minLat, maxLat);
  }
  if (f.outlet !== undefined) add('e.outlet = ?', f.outlet);
  if (f.text !== undefined) {
    const q = toMatchQuery(f.text);
    if (q === null) add('0');
    else add('e.seq IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)', q);
  }
  if (f.article !== undefined) add('e.article = ?', f.article);
  if (f.incident !== undefined) add('e.incident = ?', Number(f.incident));
  return driven
    ? { from: 'event_lineage l JOIN events e ON e.seq = l.event', conditions, params, order: 'l.day, l.event' }
    : { from: 'events e', conditions, params, order: 'e.day_first, e.seq' };
}

/** `WHERE a AND b`, or nothing. */
export function toWhereClause(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
