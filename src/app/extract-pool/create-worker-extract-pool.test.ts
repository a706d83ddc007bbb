import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { SitrepError, toArticleId, type Article } from '../../domain/index.js';
import { ArticleExtractionError } from './article-extraction-error.js';
import { createWorkerExtractPool } from './create-worker-extract-pool.js';
import type { PoolLogEvent } from './extract-pool.js';

// A stand-in worker speaking the protocol of worker-messages.ts, with no knowledge base to load,
// so that crashes, exits, hangs and start-up failures of real threads can be tested in milliseconds.
// The article id says what to do: "crash" throws, "exit" exits, "hang" loops, "bug" fails.
const FAKE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.startFails) {
  parentPort.postMessage({ type: 'start-failed', error: { name: 'DataError', message: 'knowledge-base file x is missing', code: 'data/missing' } });
  parentPort.close();
} else if (workerData.exitsAtStart) {
  process.exit(3);
} else {
  parentPort.on('message', ({ task, article, prepare }) => {
    if (article.id === 'crash') throw new RangeError('Maximum call stack size exceeded');
    if (article.id === 'exit') process.exit(7);
    if (article.id === 'hang') for (;;);
    if (article.id === 'bug') return parentPort.postMessage({ type: 'failed', task, error: { name: 'TypeError', message: 'odd input' } });
    if (prepare) {
      const document = new Uint8Array([1, 2, 3]);
      return parentPort.postMessage({ type: 'prepared', task, prepared: { extraction: { article: { id: article.id }, document }, diagnostics: [] } }, [document.buffer]);
    }
    parentPort.postMessage({ type: 'extracted', task, document: { article: { id: article.id }, kb: workerData.kb } });
  });
  parentPort.postMessage({ type: 'ready', provenance: { version: 'test', stages: {}, knowledgeBase: workerData.kb } });
}`;

interface FakeOptions { readonly startFails?: boolean; readonly exitsAtStart?: boolean; readonly kb?: string }

/** Spawns fake workers (the nth with `each(n)`'s options) and keeps them, to check they exit. */
function fakeSpawner(each: (n: number) => FakeOptions = () => ({})) {
  const started: Worker[] = [];
  const spawn = (): Worker => {
    const worker = new Worker(FAKE_WORKER, { eval: true, workerData: { kb: 'kb1', ...each(started.length) } });
    started.push(worker);
    return worker;
  };
  return { spawn, started };
}

const article = (id: string): Article => ({ id: toArticleId(id), title: null, text: id, published: null, outlet: null, url: null });
const idOf = (doc: unknown): string => (doc as { article: { id: string } }).article.id;
const exited = (worker: Worker): boolean => worker.threadId === -1;

test('extracts on every worker and answers each article', async () => {
  const { spawn } = fakeSpawner();
  const pool = await createWorkerExtractPool({ workers: 2, spawn });
  assert.equal(pool.provenance.knowledgeBase, 'kb1');
  const docs = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => pool.extract(article(id))));
  assert.deepEqual(docs.map(idOf), ['a', 'b', 'c', 'd', 'e']);
  await pool.close();
});

test('prepares on the workers too, with the document bytes transferred', async () => {
  const pool = await createWorkerExtractPool({ workers: 2, spawn: fakeSpawner().spawn });
  const [prepared, document] = await Promise.all([pool.prepare(article('a')), pool.extract(article('b'))]);
  assert.deepEqual([prepared.extraction.article.id, [...prepared.extraction.document]], ['a', [1, 2, 3]]);
  assert.equal(idOf(document), 'b');
  await pool.close();
});

test('an exception on one article fails that article only', async () => {
  const pool = await createWorkerExtractPool({ workers: 1, spawn: fakeSpawner().spawn });
  const results = await Promise.allSettled(['a', 'bug', 'b'].map((id) => pool.extract(article(id))));
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  const error = (results[1] as PromiseRejectedResult).reason;
  assert.ok(error instanceof ArticleExtractionError);
  assert.equal(error.articleId, 'bug');
  assert.equal(error.reason, 'TypeError: odd input');
  await pool.close();
});

const CRASHES = [['crash', 'throws', /threw RangeError/], ['exit', 'exits', /exited with code 7/], ['hang', 'hangs', /took over 500 ms/]] as const;
for (const [id, does, reason] of CRASHES) {
  test(`a worker that ${does} fails its article, is replaced, and the others go on`, async () => {
    const { spawn, started } = fakeSpawner();
    const logged: PoolLogEvent[] = [];
    const pool = await createWorkerExtractPool({ workers: 1, spawn, articleTimeoutMs: 500, logger: { warn: (e) => logged.push(e) } });
    // "b" waits in the dying worker's port behind the victim: it must be extracted by the replacement
    const results = await Promise.allSettled(['a', id, 'b', 'c'].map((x) => pool.extract(article(x))));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const error = (results[1] as PromiseRejectedResult).reason;
    assert.ok(error instanceof ArticleExtractionError);
    assert.equal(error.articleId, id);
    assert.match(error.reason, reason);
    assert.equal(started.length, 2);
    assert.deepEqual(logged.map((e) => [e.event, e['article']]), [['extract-pool/worker-replaced', id]]);
    await pool.close();
    assert.ok(started.every(exited));
  });
}

test('start-up fails with the worker\'s own error code, and every worker is stopped', async () => {
  const { spawn, started } = fakeSpawner((n) => ({ startFails: n === 1 }));
  await assert.rejects(createWorkerExtractPool({ workers: 2, spawn }), (e: unknown) => e instanceof SitrepError && e.code === 'data/missing');
  assert.ok(started.every(exited));
});

test('a worker that exits before it is ready fails start-up, not hangs', async () => {
  const { spawn } = fakeSpawner(() => ({ exitsAtStart: true }));
  await assert.rejects(createWorkerExtractPool({ workers: 1, spawn }), /exited with code 3 before it was ready/);
});

test('when a replacement cannot start, the pool fails: pending and later articles reject with its error', async () => {
  const { spawn } = fakeSpawner((n) => ({ startFails: n > 0 }));
  const pool = await createWorkerExtractPool({ workers: 1, spawn });
  const results = await Promise.allSettled(['crash', 'a'].map((x) => pool.extract(article(x))));
  assert.ok((results[0] as PromiseRejectedResult).reason instanceof ArticleExtractionError);
  const failure = (results[1] as PromiseRejectedResult).reason;
  assert.ok(failure instanceof SitrepError && !(failure instanceof ArticleExtractionError));
  assert.equal(failure.code, 'data/missing');
  await assert.rejects(pool.extract(article('b')), (e: unknown) => e === failure);
  await pool.close();
});

test('a replacement that loaded a different knowledge base fails the pool', async () => {
  const { spawn } = fakeSpawner((n) => ({ kb: n === 0 ? 'kb1' : 'kb2' }));
  const pool = await createWorkerExtractPool({ workers: 1, spawn });
  const results = await Promise.allSettled(['crash', 'a'].map((x) => pool.extract(article(x))));
  assert.match(String((results[1] as PromiseRejectedResult).reason), /knowledge base kb2, not kb1/);
  await pool.close();
});

test('crashes in a row beyond maxCrashes fail the pool', async () => {
  const pool = await createWorkerExtractPool({ workers: 1, spawn: fakeSpawner().spawn, maxCrashes: 1 });
  const results = await Promise.allSettled(['crash', 'crash', 'a'].map((x) => pool.extract(article(x))));
  assert.match(String((results[2] as PromiseRejectedResult).reason), /crashed 2 times in a row/);
  await pool.close();
});

test('close stops the workers and rejects what is pending', async () => {
  const { spawn, started } = fakeSpawner();
  const pool = await createWorkerExtractPool({ workers: 2, spawn });
  const pending = assert.rejects(pool.extract(article('hang')), /closed/);
  await pool.close();
  await pending;
  await assert.rejects(pool.extract(article('a')), /closed/);
  assert.ok(started.every(exited));
  await pool.close();
});
