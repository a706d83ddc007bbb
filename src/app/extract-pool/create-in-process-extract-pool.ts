import { SitrepError, type Article } from '../../domain/index.js';
import { createExtractor, type ExtractorOptions } from '../create-extractor.js';
import { toArticleExtractionError } from './article-extraction-error.js';
import type { ExtractPool } from './extract-pool.js';
import { prepareDocument } from './prepare-document.js';

/**
 * A pool of no workers: extracts on the calling thread, with the same contract as the worker pool
 * (one article's exception rejects that article only). Throws the loader's error at once.
 */
export function createInProcessExtractPool(options: ExtractorOptions = {}): ExtractPool {
  const extractor = createExtractor(options);
  let closed = false;
  // one article's exception fails that article only, as in a worker
  const run = <R>(article: Article, task: () => R): R => {
    if (closed) throw new SitrepError('internal', 'the extraction pool was closed');
    try {
      return task();
    } catch (error) {
      throw toArticleExtractionError(article.id, error);
    }
  };
  return {
    workers: 0,
    provenance: extractor.provenance,
    async extract(article, diagnostics = []) {
      return run(article, () => extractor.extract(article, diagnostics));
    },
    async prepare(article, diagnostics = []) {
      return run(article, () => prepareDocument(extractor.extract(article, diagnostics), article.text));
    },
    async close() {
      closed = true;
    },
  };
}
