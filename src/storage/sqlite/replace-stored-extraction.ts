import type { ExtractionToSave } from '../../domain/index.js';
import { createMinHashSignature, toSignatureBytes } from '../min-hash-signature.js';
import type { ExtractionChange } from '../save-outcome.js';
import { toProvenanceKey } from '../to-provenance-key.js';
import { toDocumentBlob } from './document-codec.js';
import { saveBands } from './find-near-duplicate.js';
import { insertExtractionEvents } from './insert-extraction-events.js';
import { removeArticleEvents } from './remove-article-events.js';
import type { SqliteContext } from './sqlite-context.js';
import { upsertActors } from './upsert-actors.js';

/**
 * Replaces the text, document and events of a stored article in the caller's transaction, and says
 * which events changed. A near-duplicate stays linked to its original (and keeps its source key);
 * an exact-duplicate row given a text of its own becomes an original.
 */
export function replaceStoredExtraction(ctx: SqliteContext, x: ExtractionToSave, copySourceKey: string | null): ExtractionChange {
  const a = x.document.article;
  const kind = ctx.get<{ kind: string }>('SELECT kind FROM articles WHERE id = ?', [a.id])?.kind;
  const removed = removeArticleEvents(ctx, a.id);
  const isCopy = kind === 'near-duplicate';
  const sourceKey = isCopy && copySourceKey !== null ? copySourceKey : (a.outlet ?? `#${a.id}`);
  ctx.run(
    `UPDATE articles SET kind = ?, duplicate_of = CASE WHEN ? THEN duplicate_of END, similarity = CASE WHEN ? THEN similarity END,
       title = ?, published = ?, outlet = ?, url = ?, content_hash = ?, origin = ?, source_key = ?, provenance = ? WHERE id = ?`,
    [isCopy ? 'near-duplicate' : 'original', isCopy ? 1 : 0, isCopy ? 1 : 0, a.title, a.published, a.outlet, a.url,
      x.contentHash, x.origin, sourceKey, toProvenanceKey(x.document.sitrep), a.id]);
  const sig = createMinHashSignature(x.text);
  ctx.run('INSERT OR REPLACE INTO article_bodies (article, text, document, signature) VALUES (?, ?, ?, ?)',
    [a.id, x.text, toDocumentBlob(x.document), sig ? toSignatureBytes(sig) : null]);
  ctx.run('DELETE FROM article_bands WHERE article = ?', [a.id]);
  if (sig) saveBands(ctx, a.id, sig);
  upsertActors(ctx, x.document);
  const { events } = insertExtractionEvents(ctx, { id: a.id, outlet: a.outlet, published: a.published, sourceKey }, x.document);
  const before = new Map(removed.map((r) => [r.id, r.fingerprint]));
  const after = new Map(events.map((e) => [e.id, e.fingerprint]));
  return {
    added: events.filter((e) => before.get(e.id) !== e.fingerprint).map((e) => e.id),
    removed: removed.filter((r) => after.get(r.id) !== r.fingerprint).map((r) => r.id),
    kept: events.filter((e) => before.get(e.id) === e.fingerprint).length,
  };
}
