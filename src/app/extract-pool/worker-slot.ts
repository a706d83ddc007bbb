import type { Worker } from 'node:worker_threads';
import { SitrepError, type Article, type Diagnostic } from '../../domain/index.js';
import type { ExtractionDocument, Provenance } from '../extraction-document.js';
import { toArticleExtractionError } from './article-extraction-error.js';
import type { PreparedDocument } from './prepare-document.js';
import { deserialiseError } from './serialise-error.js';
import type { ExtractRequest, WorkerMessage } from './worker-messages.js';

/** One article waiting for its document (or its prepared document), as the pool queues it. */
export type ExtractTask = {
  readonly id: number;
  readonly article: Article;
  readonly diagnostics: readonly Diagnostic[];
  reject(error: Error): void;
} & (
  | { readonly prepare: false; resolve(document: ExtractionDocument): void }
  | { readonly prepare: true; resolve(prepared: PreparedDocument): void }
);

/** What a slot tells its pool: a task was answered, or its (ready) worker died. */
export interface WorkerSlotEvents {
  answered(): void;
  crashed(slot: WorkerSlot, reason: string, cause: unknown): void;
}

/** One worker thread of a pool, with the tasks sent to it and not yet answered. */
export interface WorkerSlot {
  /** Settles once: the worker's provenance when it is ready, or why it could not start. */
  readonly ready: Promise<Provenance>;
  /** Whether it is ready and not dead or stopped, so it may be sent tasks. */
  isReady(): boolean;
  /** Tasks sent and not yet answered, oldest first (the oldest is the one being extracted). */
  readonly sent: readonly ExtractTask[];
  send(task: ExtractTask): void;
  /** Hands back the unanswered tasks (after a crash, or to fail them). */
  takeSent(): ExtractTask[];
  /** Terminates the worker; it reports no crash after this. */
  stop(): Promise<void>;
}

/** A worker answered a task with the other kind of answer than it asked for (a bug in a worker). */
function mismatch(task: ExtractTask): Error {
  return new SitrepError('internal', `an extraction worker answered article "${task.article.id}" with ${task.prepare ? 'a document' : 'a prepared document'}; expected ${task.prepare ? 'a prepared document' : 'a document'}`);
}

/**
 * Wraps a started worker that speaks the protocol of worker-messages.ts. An idle worker is unref'd,
 * so a pool that is never closed does not keep the process alive when nothing is pending.
 */
export function createWorkerSlot(worker: Worker, events: WorkerSlotEvents, timeoutMs = 0): WorkerSlot {
  // "dying": it threw or timed out; the answers it posted before still arrive, until 'exit'
  let state: 'starting' | 'ready' | 'dying' | 'dead' = 'starting';
  let wasReady = false;
  let death: { readonly reason: string; readonly cause: unknown } | null = null;
  let sent: ExtractTask[] = [];
  let timer: NodeJS.Timeout | undefined;
  let settleReady: { resolve(p: Provenance): void; reject(e: Error): void } | undefined;
  const ready = new Promise<Provenance>((resolve, reject) => { settleReady = { resolve, reject }; });
  // After each change to `sent`: idle workers are unref'd, and the oldest article is timed.
  const update = (): void => {
    if (state === 'ready' && sent.length === 0) worker.unref(); else worker.ref();
    clearTimeout(timer);
    timer = undefined;
    // "a regular expression backtracking for ever": the worker is stopped like a crash
    if (timeoutMs > 0 && state === 'ready' && sent.length > 0) timer = setTimeout(() => dying(`took over ${timeoutMs} ms on one article`, null), timeoutMs).unref();
  };
  const dying = (reason: string, cause: unknown): void => {
    if (state === 'dying' || state === 'dead') return;
    state = 'dying';
    death = { reason, cause };
    clearTimeout(timer);
    void worker.terminate();
  };
  // Node delivers what the worker posted before 'exit', so the oldest task left is the one it died on.
  const exited = (code: number): void => {
    if (state === 'dead') return;
    state = 'dead';
    const { reason, cause } = death ?? { reason: `exited with code ${code}`, cause: null };
    if (wasReady) events.crashed(slot, reason, cause);
    else settleReady?.reject(new SitrepError('internal', `an extraction worker ${reason} before it was ready`, { cause }));
  };

  const answer = (taskId: number, settle: (task: ExtractTask) => void): void => {
    const index = sent.findIndex((t) => t.id === taskId);
    const [task] = index < 0 ? [] : sent.splice(index, 1);
    if (index === 0) update(); // the next article's clock starts now
    if (task) settle(task);
    events.answered();
  };

  worker.on('message', (message: WorkerMessage) => {
    if (state === 'dead') return;
    switch (message.type) {
      case 'ready': state = 'ready'; wasReady = true; update(); settleReady?.resolve(message.provenance); return;
      // the loader's own error (code and message), e.g. data/missing for a bad data folder
      case 'start-failed': state = 'dead'; settleReady?.reject(deserialiseError(message.error)); void worker.terminate(); return;
      case 'extracted': answer(message.task, (task) => (task.prepare ? task.reject(mismatch(task)) : task.resolve(message.document))); return;
      case 'prepared': answer(message.task, (task) => (task.prepare ? task.resolve(message.prepared) : task.reject(mismatch(task)))); return;
      case 'failed': answer(message.task, (task) => task.reject(toArticleExtractionError(task.article.id, deserialiseError(message.error)))); return;
    }
  });
  worker.on('error', (error) => dying(`threw ${error.name}: ${error.message}`, error));
  worker.on('exit', exited);

  const slot: WorkerSlot = {
    ready,
    get sent() { return sent; },
    isReady: () => state === 'ready',
    send(task) {
      const request: ExtractRequest = { type: 'extract', task: task.id, article: task.article, diagnostics: task.diagnostics, prepare: task.prepare };
      try {
        worker.postMessage(request);
      } catch (error) {
        // an article that cannot be cloned (a function in it) never reaches the worker
        task.reject(toArticleExtractionError(task.article.id, error));
        return;
      }
      sent.push(task);
      if (sent.length === 1) update();
    },
    takeSent() { const taken = sent; sent = []; return taken; },
    async stop() {
      clearTimeout(timer);
      if (state !== 'dead') {
        state = 'dead';
        settleReady?.reject(new SitrepError('internal', 'the extraction pool was closed before its worker was ready'));
      }
      await worker.terminate();
    },
  };
  return slot;
}
