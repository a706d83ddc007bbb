import type { IncidentFilter } from '../event-filter.js';
import { MAX_INCIDENT_DAYS } from '../is-incident-match.js';
import { toPlaceholders, type SqlValue } from './sqlite-context.js';
import { toFilterDay, toList } from './to-event-query.js';

/** The WHERE conditions of an incident query over `incidents i`, with their parameters in order. */
export interface IncidentWhere {
  readonly conditions: readonly string[];
  readonly params: readonly SqlValue[];
}

/** Builds the WHERE of an incident query; `actorKeys` are what `filter.actor` resolved to (resolveActorKeys). */
export function toIncidentWhere(f: IncidentFilter, actorKeys: readonly string[] = []): IncidentWhere {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]): void => { conditions.push(sql); params.push(...values); };

  if (f.actor !== undefined) {
    if (actorKeys.length === 0) add('0');
    else add(`i.id IN (SELECT incident FROM event_lineage WHERE actor_key IN (${toPlaceholders(actorKeys.length)}))`, ...actorKeys);
  }
  if (f.type !== undefined) { const l = toList(f.type); add(`i.type IN (${toPlaceholders(l.length)})`, ...l); }
  if (f.quadClass !== undefined) { const l = toList(f.quadClass); add(`i.quad_class IN (${toPlaceholders(l.length)})`, ...l); }
  // An incident covers at most 31 days, so "overlaps [from, to]" is a bounded range on the day index.
  if (f.from !== undefined) { const from = toFilterDay('from', f.from); add('i.day_first >= ? AND i.day_last >= ?', from - MAX_INCIDENT_DAYS + 1, from); }
  if (f.to !== undefined) add('i.day_first <= ?', toFilterDay('to', f.to));
  if (f.country !== undefined) add('i.id IN (SELECT incident FROM events WHERE place_country = ?)', f.country);
  if (f.minSources !== undefined) add('i.independent_sources >= ?', f.minSources);
  if (f.minReports !== undefined) add('i.reports >= ?', f.minReports);
  return { conditions, params };
}
