import { toArticleId, type Provenance } from '../../domain/index.js';
import type { EventStore } from '../../storage/event-store.js';
import type { ExtractPool } from '../extract-pool/index.js';

/** What a recode run changed. */
export interface RecodeSummary {
  /** Articles re-extracted. */
  articles: number;
  /** Articles whose events changed, and the events added and removed over all of them. */
  changed: number;
  added: number;
  removed: number;
  failed: number;
  seconds: number;
}

/** Options for `recode`. */
export interface RecodeOptions {
  /** Articles read from the store per page; default 200. */
  readonly pageSize?: number;
  readonly onProgress?: (summary: Readonly<RecodeSummary>) => void;
}

/**
 * Re-extracts every stored article whose result was made by another pipeline version or knowledge
 * base than the pool's, and replaces its extraction (events, actors, incidents), reporting what changed.
 */
export async function recode(store: EventStore, pool: Pick<ExtractPool, 'extract' | 'provenance'>, options: RecodeOptions = {}): Promise<RecodeSummary> {
  const summary: RecodeSummary = { articles: 0, changed: 0, added: 0, removed: 0, failed: 0, seconds: 0 };
  const started = performance.now();
  const provenance: Provenance = pool.provenance;
  const limit = Math.max(1, options.pageSize ?? 200);
  for (;;) {
    // recoded articles leave the list, so the page after the failed ones is always next
    const page = await store.listArticlesNeedingRecode(provenance, { limit, offset: summary.failed });
    if (page.length === 0) break;
    const results = await Promise.allSettled(page.map(async (stored) => {
      const view = await store.getArticle(stored.id);
      const a = view?.article;
      const article = { id: toArticleId(stored.id), title: a?.title ?? null, text: stored.text, published: a?.published ?? null, outlet: a?.outlet ?? null, url: a?.url ?? null };
      const document = await pool.extract(article);
      return store.replaceExtraction({ document, text: stored.text, contentHash: stored.contentHash, origin: stored.origin });
    }));
    for (const r of results) {
      if (r.status === 'rejected' || r.value.status !== 'replaced') { summary.failed++; continue; }
      summary.articles++;
      if (r.value.added.length > 0 || r.value.removed.length > 0) summary.changed++;
      summary.added += r.value.added.length;
      summary.removed += r.value.removed.length;
    }
    options.onProgress?.(summary);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
