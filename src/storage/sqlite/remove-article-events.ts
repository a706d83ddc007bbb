import { toPlaceholders, type SqliteContext } from './sqlite-context.js';
import { refreshIncident } from './incident-rows.js';
import type { WriteCache } from './write-cache.js';

/** An event that was removed, with what tells whether a new extraction has it again. */
export interface RemovedEvent {
  readonly id: string;
  readonly fingerprint: string;
}

/** Deletes an article's events (details, actors, lineage, match keys and text go with them) and repairs their incidents. */
export function removeArticleEvents(ctx: SqliteContext, cache: WriteCache, article: string): RemovedEvent[] {
  cache.forget(); // its events, their match keys, and the largest seq may go
  const rows = ctx.all<{ seq: number; id: string; fingerprint: string; incident: number | null }>(
    'SELECT e.seq, e.id, d.fingerprint, e.incident FROM events e JOIN event_details d ON d.event = e.seq WHERE e.article = ? ORDER BY e.seq', [article]);
  if (rows.length === 0) return [];
  const seqs = rows.map((r) => r.seq);
  ctx.run(`DELETE FROM event_text WHERE rowid IN (${toPlaceholders(seqs.length)})`, seqs);
  ctx.run('DELETE FROM events WHERE article = ?', [article]);
  for (const id of new Set(rows.flatMap((r) => (r.incident === null ? [] : [r.incident])))) refreshIncident(ctx, id);
  return rows.map((r) => ({ id: r.id, fingerprint: r.fingerprint }));
}
