import type { StoredEvent } from '../to-stored-event.js';
import { indexForMatching, planIncident } from './assign-incident.js';
import { joinIncident, openIncident, type IncidentEvent } from './incident-rows.js';
import { insertEvent, type ArticleContext } from './insert-event.js';
import { toStoredMatchEvent } from './load-match-events.js';
import type { SqliteContext } from './sqlite-context.js';
import type { WriteCache } from './write-cache.js';

/**
 * Inserts an article's events one by one, each into the incident it matches or a new one, in the
 * caller's transaction; returns the number of incidents it opened.
 */
export function insertExtractionEvents(ctx: SqliteContext, cache: WriteCache, article: ArticleContext, events: readonly StoredEvent[]): number {
  // Events of one article never share an incident: extraction already merged what is one event.
  const used = new Set<number>();
  let newIncidents = 0;
  for (const e of events) {
    const plan = planIncident(ctx, cache, e, article, used);
    const seq = cache.takeSeq(ctx);
    const report: IncidentEvent = {
      seq, published: article.published, dayFirst: e.days?.first ?? null, dayLast: e.days?.last ?? null, exact: e.date.precision === 'day', sourceKey: article.sourceKey,
    };
    const incident = plan.incident ?? openIncident(ctx, e.type, e.quadClass, report);
    if (plan.incident === null) newIncidents++; else joinIncident(ctx, incident, report);
    insertEvent(ctx, article, e, seq, incident, cache.lineage(ctx));
    cache.matchEvents.set(seq, toStoredMatchEvent(seq, incident, article, e));
    indexForMatching(ctx, cache, seq, plan);
    used.add(incident);
  }
  return newIncidents;
}
