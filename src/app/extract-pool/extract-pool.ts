import type { Article, Diagnostic } from '../../domain/index.js';
import type { ExtractorOptions } from '../create-extractor.js';
import type { ExtractionDocument, Provenance } from '../extraction-document.js';
import type { PreparedDocument } from './prepare-document.js';

/** A structured event the pool logs, such as `{ event: 'extract-pool/worker-replaced', ... }`. */
export interface PoolLogEvent {
  readonly event: string;
  readonly [field: string]: unknown;
}

/** Where the pool reports what happens to its workers; only the edges turn these into output. */
export interface PoolLogger {
  warn(event: PoolLogEvent): void;
}

/** Options for `createExtractPool`. */
export interface ExtractPoolOptions {
  /**
   * Worker threads to run; default `os.availableParallelism()`. `1` is one worker thread (so the
   * calling thread stays free to read, store and report progress); `0` extracts in-process, on the
   * calling thread, with no worker at all (for debugging and embedding).
   */
  readonly workers?: number;
  /** What each worker builds its extractor from: the data folder and user knowledge-base folders. */
  readonly extractor?: ExtractorOptions;
  readonly logger?: PoolLogger;
  /** Worker crashes in a row, with no article answered in between, after which the pool fails; default 10. */
  readonly maxCrashes?: number;
  /**
   * Milliseconds a worker may spend on one article before it is stopped and replaced, failing that
   * article like a crash; default 60,000, 0 for no limit. In-process extraction is never timed out.
   */
  readonly articleTimeoutMs?: number;
}

/**
 * Extracts articles concurrently. `extract` rejects with an `ArticleExtractionError` when that one
 * article failed (the pool goes on), and with any other error when the pool itself failed or was closed.
 */
export interface ExtractPool {
  /** Worker threads the pool runs; 0 when it extracts in-process. */
  readonly workers: number;
  /** The version, stage versions and knowledge-base hash every document of this pool records. */
  readonly provenance: Provenance;
  extract(article: Article, diagnostics?: readonly Diagnostic[]): Promise<ExtractionDocument>;
  /**
   * Extracts an article and prepares its document for a store where it was extracted (MinHash,
   * deflated document, stored events): what a store saves, at a fraction of the cost of
   * receiving the whole document from a worker and preparing it on the calling thread.
   */
  prepare(article: Article, diagnostics?: readonly Diagnostic[]): Promise<PreparedDocument>;
  /** Stops the workers; articles still pending are rejected. Safe to call twice. */
  close(): Promise<void>;
}
