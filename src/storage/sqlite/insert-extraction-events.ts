import type { ExtractionDocument } from '../../domain/index.js';
import { toReportDays } from '../is-incident-match.js';
import { createKeyResolver, toStoredEvent, type StoredEvent } from '../to-stored-event.js';
import { indexForMatching, planIncident } from './assign-incident.js';
import { createLineage } from './create-lineage.js';
import { joinIncident, openIncident } from './incident-rows.js';
import { insertEvent, type ArticleContext } from './insert-event.js';
import type { SqliteContext } from './sqlite-context.js';

/** What inserting an article's events did. */
export interface InsertedEvents {
  readonly events: readonly StoredEvent[];
  readonly newIncidents: number;
}

/**
 * Inserts a document's events one by one, each into the incident it matches or a new one. Runs in
 * the caller's transaction: an event naming an actor the document lacks throws midway, and the
 * caller rolls back.
 */
export function insertExtractionEvents(ctx: SqliteContext, article: ArticleContext, doc: ExtractionDocument): InsertedEvents {
  const keyOf = createKeyResolver(doc);
  const lineage = createLineage(ctx);
  // Events of one article never share an incident: extraction already merged what is one event.
  const used = new Set<number>();
  const events: StoredEvent[] = [];
  let newIncidents = 0;
  for (const documentEvent of doc.events) {
    const e = toStoredEvent(article.id, documentEvent, keyOf);
    const plan = planIncident(ctx, e, article, lineage, used);
    const incident = plan.incident ?? openIncident(ctx, e.type, e.quadClass);
    const seq = insertEvent(ctx, article, e, incident, lineage);
    const days = toReportDays({ date: e.date, published: article.published });
    joinIncident(ctx, incident, {
      seq, published: article.published, dayFirst: days?.first ?? null, dayLast: days?.last ?? null, exact: e.date.precision === 'day', sourceKey: article.sourceKey,
    });
    indexForMatching(ctx, seq, plan);
    used.add(incident);
    if (plan.incident === null) newIncidents++;
    events.push(e);
  }
  return { events, newIncidents };
}
