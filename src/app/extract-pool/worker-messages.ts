import type { Article, Diagnostic } from '../../domain/index.js';
import type { ExtractorOptions } from '../create-extractor.js';
import type { ExtractionDocument, Provenance } from '../extraction-document.js';
import type { PreparedDocument } from './prepare-document.js';
import type { SerialisedError } from './serialise-error.js';

/** What an extraction worker starts with (its `workerData`). */
export interface WorkerData {
  readonly extractor: ExtractorOptions;
}

/** What the pool sends a worker: one article to extract (and prepare for a store), tagged with the pool's task number. */
export interface ExtractRequest {
  readonly type: 'extract';
  readonly task: number;
  readonly article: Article;
  readonly diagnostics: readonly Diagnostic[];
  readonly prepare: boolean;
}

/**
 * What a worker sends back: `ready` (or `start-failed`) once, then `extracted` (`prepared` when
 * asked to prepare) or `failed` for each request, in the order the requests came.
 */
export type WorkerMessage =
  | { readonly type: 'ready'; readonly provenance: Provenance }
  | { readonly type: 'start-failed'; readonly error: SerialisedError }
  | { readonly type: 'extracted'; readonly task: number; readonly document: ExtractionDocument }
  | { readonly type: 'prepared'; readonly task: number; readonly prepared: PreparedDocument }
  | { readonly type: 'failed'; readonly task: number; readonly error: SerialisedError };
