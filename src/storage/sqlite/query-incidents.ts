import type { IncidentRecord } from '../../domain/index.js';
import type { IncidentFilter } from '../event-filter.js';
import { readLineage } from './create-lineage.js';
import { readIncidents } from './read-incidents.js';
import { resolveActorKeys } from './resolve-actor-keys.js';
import type { SqliteContext } from './sqlite-context.js';
import { toWhereClause } from './to-event-query.js';
import { toIncidentWhere } from './to-incident-where.js';

/** Incidents matching a filter, by first day (incidents with no date first) then id. */
export function queryIncidents(ctx: SqliteContext, filter: IncidentFilter, limit: number, offset: number): IncidentRecord[] {
  const keys = filter.actor === undefined ? [] : resolveActorKeys(ctx, filter.actor, readLineage(ctx));
  const w = toIncidentWhere(filter, keys);
  const ids = ctx.all<{ id: number }>(
    `SELECT i.id FROM incidents i ${toWhereClause(w.conditions)} ORDER BY i.day_first, i.id LIMIT ? OFFSET ?`, [...w.params, limit, offset]).map((r) => r.id);
  return readIncidents(ctx, ids);
}
