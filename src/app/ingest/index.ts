/** The ingest use-case: for each input item, run the pipeline and save the result, once. */
export { DEFAULT_BATCH_MS, DEFAULT_BATCH_SIZE, ingest, type IngestDeps, type IngestOptions } from './ingest.js';
export { countRejected, createIngestSummary, type IngestSummary } from './ingest-summary.js';
export { hashContent } from './hash-content.js';
export { recode, type RecodeOptions, type RecodeSummary } from './recode.js';
