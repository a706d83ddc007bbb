import type { Worker } from 'node:worker_threads';
import { SitrepError } from '../../domain/index.js';
import type { Provenance } from '../extraction-document.js';
import { ArticleExtractionError } from './article-extraction-error.js';
import type { ExtractPool, PoolLogger } from './extract-pool.js';
import { createWorkerSlot, type ExtractTask, type WorkerSlot } from './worker-slot.js';

/** Options for a pool of worker threads; `spawn` starts one worker speaking worker-messages.ts. */
export interface WorkerExtractPoolOptions {
  readonly workers: number;
  readonly spawn: () => Worker;
  readonly logger?: PoolLogger;
  readonly maxCrashes?: number;
  readonly articleTimeoutMs?: number;
}

// Articles sent ahead to each worker: enough that no worker idles for a round trip between articles,
// nor while the main thread is busy saving a batch (ingest saves up to 500 articles in one
// transaction, up to two seconds for long articles with many events on a busy machine, when a worker
// extracts about one article in 4 to 8 ms).
const DEPTH = 400;

/**
 * Starts `workers` worker threads and resolves once all are ready (rejecting with the first
 * start-up error, every worker stopped). A worker that crashes fails the article it was extracting,
 * gives its other articles to the rest, and is replaced; the pool fails when a replacement cannot
 * start or after `maxCrashes` crashes in a row.
 */
export async function createWorkerExtractPool(options: WorkerExtractPoolOptions): Promise<ExtractPool> {
  const maxCrashes = options.maxCrashes ?? 10;
  const queue: ExtractTask[] = [];
  const slots: WorkerSlot[] = [];
  let provenance: Provenance | undefined;
  let failure: Error | null = null;
  let nextTask = 0;
  let crashes = 0;

  const dispatch = (): void => {
    while (queue.length > 0) {
      const free = slots.filter((s) => s.isReady() && s.sent.length < DEPTH);
      const slot = free.sort((a, b) => a.sent.length - b.sent.length)[0];
      const task = slot && queue.shift();
      if (!slot || !task) return;
      slot.send(task);
    }
  };
  const enqueue = (task: ExtractTask): void => {
    queue.push(task);
    dispatch();
  };
  // Pending articles are rejected with `error`; the workers are stopped.
  const fail = (error: Error): void => {
    if (failure) return;
    failure = error;
    const pending = [...queue.splice(0), ...slots.flatMap((s) => s.takeSent())];
    for (const task of pending) task.reject(error);
    void Promise.all(slots.map((s) => s.stop()));
  };
  const checkProvenance = (found: Provenance): void => {
    provenance ??= found;
    // a replacement that loaded edited data files would record a different knowledge base
    if (JSON.stringify(found) !== JSON.stringify(provenance)) {
      throw new SitrepError('internal', `an extraction worker loaded knowledge base ${found.knowledgeBase}, not ${provenance.knowledgeBase} as the others; were data files edited during the run?`);
    }
  };
  const spawnSlot = (): WorkerSlot => {
    const slot = createWorkerSlot(options.spawn(), { answered, crashed }, options.articleTimeoutMs ?? 0);
    slots.push(slot);
    return slot;
  };
  function answered(): void {
    crashes = 0;
    dispatch();
  }
  function crashed(slot: WorkerSlot, reason: string, cause: unknown): void {
    slots.splice(slots.indexOf(slot), 1);
    const [victim, ...others] = slot.takeSent();
    queue.unshift(...others); // never started: another worker extracts them
    victim?.reject(new ArticleExtractionError(victim.article.id, `its extraction worker ${reason}`, { cause }));
    if (failure) return;
    if (++crashes > maxCrashes) {
      fail(new SitrepError('internal', `extraction workers crashed ${crashes} times in a row; the last ${reason}`, { cause }));
      return;
    }
    options.logger?.warn({ event: 'extract-pool/worker-replaced', reason, article: victim?.article.id ?? null });
    spawnSlot().ready.then((found) => { checkProvenance(found); dispatch(); })
      .catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  }

  for (let i = 0; i < options.workers; i++) spawnSlot();
  try {
    await Promise.all(slots.map((s) => s.ready.then(checkProvenance))); // provenance: the first ready
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    await Promise.all(slots.map((s) => s.stop()));
    throw error;
  }
  const ready = provenance;
  if (ready === undefined) throw new SitrepError('internal', 'an extraction pool needs at least one worker');

  return {
    workers: options.workers,
    provenance: ready,
    extract(article, diagnostics = []) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => enqueue({ id: nextTask++, article, diagnostics, prepare: false, resolve, reject }));
    },
    prepare(article, diagnostics = []) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => enqueue({ id: nextTask++, article, diagnostics, prepare: true, resolve, reject }));
    },
    async close() {
      fail(new SitrepError('internal', 'the extraction pool was closed'));
      await Promise.all(slots.map((s) => s.stop()));
    },
  };
}
