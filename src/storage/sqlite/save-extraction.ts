import { toArticleOfSave, toPreparedToSave, type ToSave } from '../prepare-extraction.js';
import { toSignatureBytes } from '../min-hash-signature.js';
import { toBuffer, type SqliteContext } from './sqlite-context.js';
import type { DuplicateToSave, ReplaceOutcome, SaveOutcome } from '../save-outcome.js';
import { findNearDuplicate, saveBands } from './find-near-duplicate.js';
import { insertExtractionEvents } from './insert-extraction-events.js';
import { replaceStoredExtraction } from './replace-stored-extraction.js';
import { upsertActors } from './upsert-actors.js';
import type { WriteCache } from './write-cache.js';

interface StoredArticle { id: string; kind: string; content_hash: string; source_key: string }

/** The stored article (original or near-duplicate, never an exact copy) that holds this text. */
function findByHash(ctx: SqliteContext, hash: string): StoredArticle | undefined {
  return ctx.get<StoredArticle>(`SELECT id, kind, content_hash, source_key FROM articles WHERE content_hash = ? AND kind != 'duplicate' LIMIT 1`, [hash]);
}

function findById(ctx: SqliteContext, id: string): StoredArticle | undefined {
  return ctx.get<StoredArticle>('SELECT id, kind, content_hash, source_key FROM articles WHERE id = ?', [id]);
}

/** Records an exact copy of a stored text, or reports that its id is already recorded. */
export function recordDuplicate(ctx: SqliteContext, x: DuplicateToSave): SaveOutcome | null {
  return recordCopy(ctx, x, findById(ctx, x.article.id));
}

/** recordDuplicate, given the article stored under the copy's id (if any). */
function recordCopy(ctx: SqliteContext, x: DuplicateToSave, existing: StoredArticle | undefined): SaveOutcome | null {
  const a = x.article;
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
export function saveExtraction(ctx: SqliteContext, cache: WriteCache, x: ToSave): SaveOutcome {
  const a = toArticleOfSave(x);
  const existing = findById(ctx, a.id);
  if (existing?.content_hash === x.contentHash) return { status: 'unchanged', article: a.id };
  if (existing) {
    const change = replaceStoredExtraction(ctx, cache, toPreparedToSave(x), existing.kind === 'duplicate' ? null : existing.source_key);
    return { status: 'updated', article: a.id, change };
  }
  const copy = recordCopy(ctx, { article: a, contentHash: x.contentHash, origin: x.origin }, existing);
  if (copy) return copy;

  const { prepared: p, text } = toPreparedToSave(x);
  const near = p.signature ? findNearDuplicate(ctx, p.signature, a.id) : null;
  const sourceKey = near ? (findById(ctx, near.original)?.source_key ?? `#${near.original}`) : (a.outlet ?? `#${a.id}`);
  ctx.run(
    `INSERT INTO articles (id, kind, duplicate_of, similarity, title, published, outlet, url, content_hash, origin, source_key, provenance, stored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, near ? 'near-duplicate' : 'original', near?.original ?? null, near?.similarity ?? null, a.title, a.published, a.outlet, a.url,
      x.contentHash, x.origin, sourceKey, p.provenance, new Date().toISOString()]);
  ctx.run('INSERT INTO article_bodies (article, text, document, signature) VALUES (?, ?, ?, ?)',
    [a.id, text, toBuffer(p.document), p.signature ? toSignatureBytes(p.signature) : null]);
  if (p.signature) saveBands(ctx, a.id, p.signature);
  upsertActors(ctx, cache, p.actors);
  const newIncidents = insertExtractionEvents(ctx, cache, { id: a.id, outlet: a.outlet, published: a.published, sourceKey }, p.events);
  return near
    ? { status: 'near-duplicate', article: a.id, duplicateOf: near.original, similarity: near.similarity, events: p.events.length, newIncidents }
    : { status: 'stored', article: a.id, events: p.events.length, newIncidents };
}

/** Replaces the extraction of a stored article (a recode), or reports that there is none to replace. */
export function replaceExtraction(ctx: SqliteContext, cache: WriteCache, x: ToSave): ReplaceOutcome {
  const id = toArticleOfSave(x).id;
  const existing = findById(ctx, id);
  if (!existing || existing.kind === 'duplicate') return { status: 'not-stored', article: id };
  return { status: 'replaced', article: id, ...replaceStoredExtraction(ctx, cache, toPreparedToSave(x), existing.source_key) };
}
