import type { Article, Diagnostic } from '../../domain/index.js';
import type { ExtractionDocument } from '../extraction-document.js';
import { ArticleExtractionError } from './article-extraction-error.js';
import type { ExtractPool } from './extract-pool.js';
import type { PreparedDocument } from './prepare-document.js';

/** What `extractAll` (`prepareAll`: with a prepared document) yields for each item, in input order. */
export type ExtractOutcome<T, D = ExtractionDocument> =
  | { readonly item: T; readonly status: 'extracted'; readonly document: D }
  | { readonly item: T; readonly status: 'failed'; readonly error: ArticleExtractionError }
  | { readonly item: T; readonly status: 'skipped' };

/** The article of an item (with the diagnostics found reading it), or null to pass the item on unextracted. */
export type ToExtractInput<T> = (item: T) => { readonly article: Article; readonly diagnostics?: readonly Diagnostic[] } | null;

/** Options for `extractAll`. */
export interface ExtractAllOptions {
  /** Items read and not yet yielded, at most; default 8 per worker. */
  readonly maxInFlight?: number;
}

type Settled<T, D> = ExtractOutcome<T, D> | { readonly fatal: unknown };

/** Extracts (or prepares) one article on a pool. */
type RunOne<D> = (article: Article, diagnostics: readonly Diagnostic[] | undefined) => Promise<D>;

/**
 * Streams items through a pool and yields their outcomes in input order, reading ahead no more
 * than `maxInFlight` items (backpressure: a slow consumer slows the reading). One article's failure
 * is a `failed` outcome; a failure of the pool is thrown. When reading the items throws, the
 * outcomes of the items read before are yielded first.
 */
export function extractAll<T>(
  pool: Pick<ExtractPool, 'extract' | 'workers'>,
  items: AsyncIterable<T> | Iterable<T>,
  toInput: ToExtractInput<T>,
  options: ExtractAllOptions = {},
): AsyncGenerator<ExtractOutcome<T>> {
  return streamInOrder(pool.workers, (article, diagnostics) => pool.extract(article, diagnostics), items, toInput, options);
}

/** `extractAll` with each document prepared for a store where it was extracted (see `ExtractPool.prepare`). */
export function prepareAll<T>(
  pool: Pick<ExtractPool, 'prepare' | 'workers'>,
  items: AsyncIterable<T> | Iterable<T>,
  toInput: ToExtractInput<T>,
  options: ExtractAllOptions = {},
): AsyncGenerator<ExtractOutcome<T, PreparedDocument>> {
  return streamInOrder(pool.workers, (article, diagnostics) => pool.prepare(article, diagnostics), items, toInput, options);
}

async function* streamInOrder<T, D>(
  workers: number,
  run: RunOne<D>,
  items: AsyncIterable<T> | Iterable<T>,
  toInput: ToExtractInput<T>,
  options: ExtractAllOptions,
): AsyncGenerator<ExtractOutcome<T, D>> {
  const maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? Math.max(1, workers) * 8));
  const source = toAsyncGenerator(items);
  const pending: Promise<Settled<T, D>>[] = [];
  let readError: { readonly error: unknown } | null = null;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && readError === null && pending.length < maxInFlight) {
        try {
          const step = await source.next();
          if (step.done) exhausted = true;
          else pending.push(settle(run, step.value, toInput));
        } catch (error) {
          readError = { error };
        }
      }
      const head = pending.shift();
      if (head === undefined) break;
      const outcome = await head;
      if ('fatal' in outcome) throw outcome.fatal;
      yield outcome;
    }
    if (readError !== null) throw readError.error;
  } finally {
    await source.return(undefined); // a consumer that stops early closes the input
  }
}

// Never rejects: a rejection waiting behind the head would be reported as unhandled.
async function settle<T, D>(run: RunOne<D>, item: T, toInput: ToExtractInput<T>): Promise<Settled<T, D>> {
  try {
    const input = toInput(item);
    if (input === null) return { item, status: 'skipped' };
    return { item, status: 'extracted', document: await run(input.article, input.diagnostics) };
  } catch (error) {
    return error instanceof ArticleExtractionError ? { item, status: 'failed', error } : { fatal: error };
  }
}

async function* toAsyncGenerator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
