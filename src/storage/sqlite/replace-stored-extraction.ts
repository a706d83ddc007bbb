import { toSignatureBytes } from '../min-hash-signature.js';
import type { PreparedToSave } from '../prepare-extraction.js';
import type { ExtractionChange } from '../save-outcome.js';
import { saveBands } from './find-near-duplicate.js';
import { insertExtractionEvents } from './insert-extraction-events.js';
import { removeArticleEvents } from './remove-article-events.js';
import { toBuffer, type SqliteContext } from './sqlite-context.js';
import { upsertActors } from './upsert-actors.js';
import type { WriteCache } from './write-cache.js';

/**
 * Replaces the text, document and events of a stored article in the caller's transaction, and says
 * which events changed. A near-duplicate stays linked to its original (and keeps its source key);
 * an exact-duplicate row given a text of its own becomes an original.
 */
export function replaceStoredExtraction(ctx: SqliteContext, cache: WriteCache, x: PreparedToSave, copySourceKey: string | null): ExtractionChange {
  const { prepared: p, text } = x;
  const a = p.article;
  const kind = ctx.get<{ kind: string }>('SELECT kind FROM articles WHERE id = ?', [a.id])?.kind;
  const removed = removeArticleEvents(ctx, cache, a.id);
  const isCopy = kind === 'near-duplicate';
  const sourceKey = isCopy && copySourceKey !== null ? copySourceKey : (a.outlet ?? `#${a.id}`);
  ctx.run(
    `UPDATE articles SET kind = ?, duplicate_of = CASE WHEN ? THEN duplicate_of END, similarity = CASE WHEN ? THEN similarity END,
       title = ?, published = ?, outlet = ?, url = ?, content_hash = ?, origin = ?, source_key = ?, provenance = ? WHERE id = ?`,
    [isCopy ? 'near-duplicate' : 'original', isCopy ? 1 : 0, isCopy ? 1 : 0, a.title, a.published, a.outlet, a.url,
      x.contentHash, x.origin, sourceKey, p.provenance, a.id]);
  ctx.run('INSERT OR REPLACE INTO article_bodies (article, text, document, signature) VALUES (?, ?, ?, ?)',
    [a.id, text, toBuffer(p.document), p.signature ? toSignatureBytes(p.signature) : null]);
  ctx.run('DELETE FROM article_bands WHERE article = ?', [a.id]);
  if (p.signature) saveBands(ctx, a.id, p.signature);
  upsertActors(ctx, cache, p.actors);
  insertExtractionEvents(ctx, cache, { id: a.id, outlet: a.outlet, published: a.published, sourceKey }, p.events);
  const events = p.events;
  const before = new Map(removed.map((r) => [r.id, r.fingerprint]));
  const after = new Map(events.map((e) => [e.id, e.fingerprint]));
  return {
    added: events.filter((e) => before.get(e.id) !== e.fingerprint).map((e) => e.id),
    removed: removed.filter((r) => after.get(r.id) !== r.fingerprint).map((r) => r.id),
    kept: events.filter((e) => before.get(e.id) === e.fingerprint).length,
  };
}
