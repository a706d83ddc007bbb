import type { ArticleRecord, ArticleView } from '../../domain/index.js';
import { toActorKey } from '../to-actor-key.js';
import { fromDocumentBlob } from '../document-blob.js';
import { readActors } from './read-actors.js';
import { readEvents } from './read-events.js';
import type { SqliteContext } from './sqlite-context.js';

/** An `articles` row. */
export interface ArticleRow {
  id: string; kind: string; duplicate_of: string | null; title: string | null; published: string | null; outlet: string | null;
  url: string | null; content_hash: string; origin: string; stored_at: string;
}

/** The ArticleRecord a row holds. */
export function toArticleRecord(r: ArticleRow): ArticleRecord {
  return {
    id: r.id, title: r.title, published: r.published, outlet: r.outlet, url: r.url, contentHash: r.content_hash,
    origin: r.origin, duplicateOf: r.duplicate_of, storedAt: r.stored_at,
  };
}

/**
 * An article as `sitrep article ID` shows it. An exact duplicate shows the text of the article it
 * copies, and no actors or events of its own (they are the original's).
 */
export function readArticleView(ctx: SqliteContext, id: string): ArticleView | null {
  const row = ctx.get<ArticleRow>('SELECT * FROM articles WHERE id = ?', [id]);
  if (!row) return null;
  const bodyOf = row.kind === 'duplicate' ? (row.duplicate_of ?? id) : id;
  const body = ctx.get<{ text: string; document: Buffer }>('SELECT text, document FROM article_bodies WHERE article = ?', [bodyOf]);
  if (!body) return null;
  const doc = fromDocumentBlob(body.document);
  const article = toArticleRecord(row);
  if (row.kind === 'duplicate') return { article, text: body.text, actors: [], events: [], quotes: [], diagnostics: [], provenance: doc.sitrep };
  const keys = new Map(doc.actors.map((a) => [a.id as string, toActorKey(a)]));
  const events = readEvents(ctx, ctx.all<{ seq: number }>('SELECT seq FROM events WHERE article = ? ORDER BY seq', [id]).map((r) => r.seq));
  return {
    article, text: body.text, actors: readActors(ctx, [...new Set(keys.values())]), events,
    quotes: doc.quotes.map((q) => ({ ...q, speakerKey: q.speaker === null ? null : (keys.get(q.speaker) ?? null) })),
    diagnostics: doc.diagnostics, provenance: doc.sitrep,
  };
}
