/** Extraction on all cores: a pool of worker threads, each with its own extractor, and an order-keeping stream over it. */
export { createExtractPool } from './create-extract-pool.js';
export { createInProcessExtractPool } from './create-in-process-extract-pool.js';
export { extractAll, prepareAll, type ExtractAllOptions, type ExtractOutcome, type ToExtractInput } from './extract-all.js';
export type { PreparedDocument } from './prepare-document.js';
export { ArticleExtractionError } from './article-extraction-error.js';
export type { ExtractPool, ExtractPoolOptions, PoolLogEvent, PoolLogger } from './extract-pool.js';
