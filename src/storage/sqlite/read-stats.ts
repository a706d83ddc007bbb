import { SitrepError } from '../../domain/index.js';
import type { StoreStats } from '../store-stats.js';
import type { SqliteContext } from './sqlite-context.js';

/** Counts of everything the store holds. */
export function readStats(ctx: SqliteContext): StoreStats {
  const r = ctx.get<StoreStats>(`SELECT
    (SELECT count(*) FROM articles WHERE kind != 'duplicate') AS articles,
    (SELECT count(*) FROM articles WHERE kind = 'duplicate') AS duplicates,
    (SELECT count(*) FROM articles WHERE kind = 'near-duplicate') AS nearDuplicates,
    (SELECT count(*) FROM rejections) AS rejections,
    (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM incidents) AS incidents,
    (SELECT count(*) FROM incidents WHERE independent_sources >= 2) AS multiSourceIncidents,
    (SELECT count(*) FROM actors) AS actors`);
  if (!r) throw new SitrepError('internal', 'The store statistics query returned no row; expected exactly one.');
  return r;
}
