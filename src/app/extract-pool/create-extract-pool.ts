import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../domain/index.js';
import { createInProcessExtractPool } from './create-in-process-extract-pool.js';
import { createWorkerExtractPool } from './create-worker-extract-pool.js';
import type { ExtractPool, ExtractPoolOptions } from './extract-pool.js';
import { resolveWorkerEntry } from './resolve-worker-entry.js';
import type { WorkerData } from './worker-messages.js';

/**
 * Starts extraction on all cores: `workers` threads (default one per core) that each load the
 * knowledge base once (about a second) and extract in parallel; `workers: 0` extracts in-process.
 * Resolves when every worker is ready; rejects with the loader's own error (e.g. `data/missing`
 * for a bad data folder) when they cannot start. Close the pool when done.
 */
export async function createExtractPool(options: ExtractPoolOptions = {}): Promise<ExtractPool> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) {
    throw new InputError('usage', `the number of extraction workers must be a whole number, 0 (in-process) or more; found ${workers}`);
  }
  if (workers === 0) return createInProcessExtractPool(options.extractor);
  const entry = resolveWorkerEntry('extract-worker', import.meta.url);
  const workerData: WorkerData = { extractor: options.extractor ?? {} };
  return createWorkerExtractPool({
    workers,
    spawn: () => new Worker(entry.filename, { ...entry.options, workerData }),
    articleTimeoutMs: options.articleTimeoutMs ?? 60_000,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.maxCrashes === undefined ? {} : { maxCrashes: options.maxCrashes }),
  });
}
