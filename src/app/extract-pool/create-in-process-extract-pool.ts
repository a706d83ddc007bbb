import { SitrepError } from '../../domain/index.js';
import { createExtractor, type ExtractorOptions } from '../create-extractor.js';
import { toArticleExtractionError } from './article-extraction-error.js';
import type { ExtractPool } from './extract-pool.js';

/**
 * A pool of no workers: extracts on the calling thread, with the same contract as the worker pool
 * (one article's exception rejects that article only). Throws the loader's error at once.
 */
export function createInProcessExtractPool(options: ExtractorOptions = {}): ExtractPool {
  const extractor = createExtractor(options);
  let closed = false;
  return {
    workers: 0,
    provenance: extractor.provenance,
    async extract(article, diagnostics = []) {
      if (closed) throw new SitrepError('internal', 'the extraction pool was closed');
      try {
        return extractor.extract(article, diagnostics);
      } catch (error) {
        throw toArticleExtractionError(article.id, error);
      }
    },
    async close() {
      closed = true;
    },
  };
}
