import type { EventRecord } from '../../domain/index.js';
import type { EventFilter } from '../event-filter.js';
import { readLineage } from './create-lineage.js';
import { readEvents } from './read-events.js';
import { resolveActorKeys } from './resolve-actor-keys.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';
import { toEventQuery, toList, toWhereClause, type EventQuery, type ParticipantStrategy } from './to-event-query.js';

/** Participant rows from which a kind or country filter is "dense" enough to test row by row. */
const DENSE_PARTICIPANTS = 5_000;

/**
 * For a page in date order: when many events have a participant of the kind or country, walking
 * events in date order and testing each stops early; when few do, collecting them first is faster.
 */
function participantsStrategy(ctx: SqliteContext, f: EventFilter): ParticipantStrategy {
  if (f.actorKind === undefined && f.actorCountry === undefined) return 'in';
  const [column, values] = f.actorKind !== undefined ? ['kind', toList(f.actorKind)] : ['country', [f.actorCountry ?? '']];
  const n = ctx.get<{ n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM actors a JOIN event_actors ea ON ea.actor_key = a.key WHERE a.${column} IN (${toPlaceholders(values.length)}) LIMIT ?)`,
    [...values, DENSE_PARTICIPANTS])?.n ?? 0;
  return n >= DENSE_PARTICIPANTS ? 'exists' : 'in';
}

function plan(ctx: SqliteContext, filter: EventFilter, participants: ParticipantStrategy = 'in'): EventQuery {
  const keys = filter.actor === undefined ? [] : resolveActorKeys(ctx, filter.actor, readLineage(ctx));
  return toEventQuery(filter, keys, participants);
}

/** Events matching a filter, by date (events with no date at all first) then storage order. */
export function queryEvents(ctx: SqliteContext, filter: EventFilter, limit: number, offset: number): EventRecord[] {
  const q = plan(ctx, filter, participantsStrategy(ctx, filter));
  const seqs = ctx.all<{ seq: number }>(`SELECT ${q.seq} AS seq FROM ${q.from} ${toWhereClause(q.conditions)} ORDER BY ${q.order} LIMIT ? OFFSET ?`, [...q.params, limit, offset]);
  return readEvents(ctx, seqs.map((r) => r.seq));
}

/** How many events match a filter. */
export function countEvents(ctx: SqliteContext, filter: EventFilter): number {
  const q = plan(ctx, filter);
  return ctx.get<{ n: number }>(`SELECT count(*) AS n FROM ${q.from} ${toWhereClause(q.conditions)}`, q.params)?.n ?? 0;
}

/** Where `readEventsAfter` left off: the last event's lineage day (actor-driven queries) and row. */
export interface EventCursor {
  readonly day: number;
  readonly seq: number;
}

/**
 * The next page of matching events after a cursor (keyset paging for exports): in lineage order
 * (date, then row) when one actor drives the query, else in storage order. Each page continues an
 * index range, so reading everything costs no more than one pass.
 */
export function readEventsAfter(ctx: SqliteContext, filter: EventFilter, after: EventCursor | null, limit: number): { events: EventRecord[]; next: EventCursor | null } {
  const q = plan(ctx, filter);
  const start = after ?? { day: Number.MIN_SAFE_INTEGER, seq: 0 };
  const rows = q.driven
    ? ctx.all<EventCursor>(`SELECT l.day AS day, l.event AS seq FROM ${q.from} ${toWhereClause([...q.conditions, '(l.day, l.event) > (?, ?)'])} ORDER BY l.day, l.event LIMIT ?`,
      [...q.params, start.day, start.seq, limit])
    : ctx.all<EventCursor>(`SELECT 0 AS day, e.seq AS seq FROM ${q.from} ${toWhereClause([...q.conditions, 'e.seq > ?'])} ORDER BY e.seq LIMIT ?`,
      [...q.params, start.seq, limit]);
  return { events: readEvents(ctx, rows.map((r) => r.seq)), next: rows[rows.length - 1] ?? null };
}
