import type { ArticleRecord, Provenance } from '../../domain/index.js';
import type { ArticleFilter } from '../event-filter.js';
import type { ArticleToRecode } from '../save-outcome.js';
import { toProvenanceKey } from '../to-provenance-key.js';
import { toArticleRecord, type ArticleRow } from './read-article-view.js';
import type { SqlValue, SqliteContext } from './sqlite-context.js';

/** Stored articles matching a filter, in storage order. */
export function listArticles(ctx: SqliteContext, f: ArticleFilter, limit: number, offset: number): ArticleRecord[] {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (f.kind !== undefined) { conditions.push('kind = ?'); params.push(f.kind); }
  if (f.duplicateOf !== undefined) { conditions.push('duplicate_of = ?'); params.push(f.duplicateOf); }
  if (f.outlet !== undefined) { conditions.push('outlet = ?'); params.push(f.outlet); }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  return ctx.all<ArticleRow>(`SELECT * FROM articles ${where} ORDER BY rowid LIMIT ? OFFSET ?`, [...params, limit, offset]).map(toArticleRecord);
}

/** The provenance a stored provenance key was made from (see toProvenanceKey). */
function fromProvenanceKey(key: string): Provenance {
  const p = JSON.parse(key) as { version: string; stages: [string, string][]; knowledgeBase: string };
  return { version: p.version, stages: Object.fromEntries(p.stages), knowledgeBase: p.knowledgeBase };
}

/** Articles with an extraction whose provenance differs from the current one, by id. */
export function listArticlesNeedingRecode(ctx: SqliteContext, current: Provenance, limit: number, offset: number): ArticleToRecode[] {
  return ctx.all<{ id: string; content_hash: string; origin: string; provenance: string; text: string }>(
    `SELECT a.id, a.content_hash, a.origin, a.provenance, b.text FROM articles a JOIN article_bodies b ON b.article = a.id
     WHERE a.kind != 'duplicate' AND a.provenance != ? ORDER BY a.id LIMIT ? OFFSET ?`,
    [toProvenanceKey(current), limit, offset],
  ).map((r) => ({ id: r.id, text: r.text, contentHash: r.content_hash, origin: r.origin, provenance: fromProvenanceKey(r.provenance) }));
}
