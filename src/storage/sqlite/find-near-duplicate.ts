import { estimateJaccard, fromSignatureBytes, MIN_HASH, toBandKeys, type MinHashSignature } from '../min-hash-signature.js';
import type { SqliteContext } from './sqlite-context.js';

/** A stored article whose text is nearly the same as a new one's. */
export interface NearDuplicate {
  /** The original: when the most similar article is itself a copy, the article it copies. */
  readonly original: string;
  readonly similarity: number;
}

/** Candidates per band: a band shared by very many articles (boilerplate) would otherwise cost a scan. */
const CANDIDATES_PER_BAND = 50;

/** Finds the most similar stored article sharing an LSH band, if its estimated Jaccard reaches the threshold. */
export function findNearDuplicate(ctx: SqliteContext, sig: MinHashSignature, self: string): NearDuplicate | null {
  const candidates = new Set<string>();
  toBandKeys(sig).forEach((hash, band) => {
    for (const r of ctx.all<{ article: string }>('SELECT article FROM article_bands WHERE band = ? AND hash = ? LIMIT ?', [band, hash, CANDIDATES_PER_BAND])) {
      if (r.article !== self) candidates.add(r.article);
    }
  });
  let best: NearDuplicate | null = null;
  for (const id of candidates) {
    const row = ctx.get<{ signature: Buffer; duplicate_of: string | null }>(
      'SELECT b.signature, a.duplicate_of FROM article_bodies b JOIN articles a ON a.id = b.article WHERE b.article = ?', [id]);
    if (!row?.signature) continue;
    const similarity = estimateJaccard(sig, fromSignatureBytes(row.signature));
    if (similarity >= MIN_HASH.threshold && (!best || similarity > best.similarity)) best = { original: row.duplicate_of ?? id, similarity };
  }
  return best;
}

/** Indexes an article's signature by band so later copies find it. */
export function saveBands(ctx: SqliteContext, article: string, sig: MinHashSignature): void {
  toBandKeys(sig).forEach((hash, band) => ctx.run('INSERT OR IGNORE INTO article_bands (band, hash, article) VALUES (?, ?, ?)', [band, hash, article]));
}
