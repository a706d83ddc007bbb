import type { ExtractionToSave } from '../../domain/index.js';
import { createMinHashSignature, toSignatureBytes } from '../min-hash-signature.js';
import type { DuplicateToSave, ReplaceOutcome, SaveOutcome } from '../save-outcome.js';
import { toProvenanceKey } from '../to-provenance-key.js';
import { toDocumentBlob } from './document-codec.js';
import { findNearDuplicate, saveBands } from './find-near-duplicate.js';
import { insertExtractionEvents } from './insert-extraction-events.js';
import { replaceStoredExtraction } from './replace-stored-extraction.js';
import type { SqliteContext } from './sqlite-context.js';
import { upsertActors } from './upsert-actors.js';

interface StoredArticle { id: string; kind: string; content_hash: string; source_key: string }

/** The stored article (original or near-duplicate, never an exact copy) that holds this text. */
function findByHash(ctx: SqliteContext, hash: string): StoredArticle | undefined {
  return ctx.get<StoredArticle>(`SELECT id, kind, content_hash, source_key FROM articles WHERE content_hash = ? AND kind != 'duplicate' LIMIT 1`, [hash]);
}

/** Records an exact copy of a stored text, or reports that its id is already recorded. */
export function recordDuplicate(ctx: SqliteContext, x: DuplicateToSave): SaveOutcome | null {
  const a = x.article;
  const existing = ctx.get<StoredArticle>('SELECT id, kind, content_hash, source_key FROM articles WHERE id = ?', [a.id]);
  if (existing?.content_hash === x.contentHash) return { status: 'unchanged', article: a.id };
  const original = findByHash(ctx, x.contentHash);
  if (!original || existing) return null;
  ctx.run(
    `INSERT INTO articles (id, kind, duplicate_of, similarity, title, published, outlet, url, content_hash, origin, source_key, provenance, stored_at)
     VALUES (?, 'duplicate', ?, 1, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    [a.id, original.id, a.title, a.published, a.outlet, a.url, x.contentHash, x.origin, original.source_key, new Date().toISOString()]);
  return { status: 'duplicate', article: a.id, duplicateOf: original.id };
}

/** Saves one extraction inside the caller's transaction (see EventStore.saveExtraction for the outcomes). */
export function saveExtraction(ctx: SqliteContext, x: ExtractionToSave): SaveOutcome {
  const a = x.document.article;
  const existing = ctx.get<StoredArticle>('SELECT id, kind, content_hash, source_key FROM articles WHERE id = ?', [a.id]);
  if (existing?.content_hash === x.contentHash) return { status: 'unchanged', article: a.id };
  if (existing) {
    const change = replaceStoredExtraction(ctx, x, existing.kind === 'duplicate' ? null : existing.source_key);
    return { status: 'updated', article: a.id, change };
  }
  const copy = recordDuplicate(ctx, { article: a, contentHash: x.contentHash, origin: x.origin });
  if (copy) return copy;

  const sig = createMinHashSignature(x.text);
  const near = sig ? findNearDuplicate(ctx, sig, a.id) : null;
  const sourceKey = near ? (findSourceKey(ctx, near.original) ?? `#${near.original}`) : (a.outlet ?? `#${a.id}`);
  ctx.run(
    `INSERT INTO articles (id, kind, duplicate_of, similarity, title, published, outlet, url, content_hash, origin, source_key, provenance, stored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, near ? 'near-duplicate' : 'original', near?.original ?? null, near?.similarity ?? null, a.title, a.published, a.outlet, a.url,
      x.contentHash, x.origin, sourceKey, toProvenanceKey(x.document.sitrep), new Date().toISOString()]);
  ctx.run('INSERT INTO article_bodies (article, text, document, signature) VALUES (?, ?, ?, ?)',
    [a.id, x.text, toDocumentBlob(x.document), sig ? toSignatureBytes(sig) : null]);
  if (sig) saveBands(ctx, a.id, sig);
  upsertActors(ctx, x.document);
  const { events, newIncidents } = insertExtractionEvents(ctx, { id: a.id, outlet: a.outlet, published: a.published, sourceKey }, x.document);
  return near
    ? { status: 'near-duplicate', article: a.id, duplicateOf: near.original, similarity: near.similarity, events: events.length, newIncidents }
    : { status: 'stored', article: a.id, events: events.length, newIncidents };
}

function findSourceKey(ctx: SqliteContext, article: string): string | undefined {
  return ctx.get<{ source_key: string }>('SELECT source_key FROM articles WHERE id = ?', [article])?.source_key;
}

/** Replaces the extraction of a stored article (a recode), or reports that there is none to replace. */
export function replaceExtraction(ctx: SqliteContext, x: ExtractionToSave): ReplaceOutcome {
  const id = x.document.article.id;
  const existing = ctx.get<StoredArticle>('SELECT id, kind, content_hash, source_key FROM articles WHERE id = ?', [id]);
  if (!existing || existing.kind === 'duplicate') return { status: 'not-stored', article: id };
  return { status: 'replaced', article: id, ...replaceStoredExtraction(ctx, x, existing.source_key) };
}
