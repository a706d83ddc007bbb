import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { toArticleId, type Article } from '../../domain/index.js';
import type { ExtractionDocument } from '../extraction-document.js';
import { ArticleExtractionError } from './article-extraction-error.js';
import { extractAll, type ExtractOutcome } from './extract-all.js';
import type { ExtractPool } from './extract-pool.js';

// A pool stand-in: "id:delay" articles answer after `delay` ms, "bug" fails that article, "dead"
// fails like a broken pool; it counts the articles in flight.
function fakePool(): Pick<ExtractPool, 'extract' | 'workers'> & { inFlight: number; maxInFlight: number } {
  const pool = {
    workers: 2, inFlight: 0, maxInFlight: 0,
    async extract(article: Article): Promise<ExtractionDocument> {
      pool.inFlight++;
      pool.maxInFlight = Math.max(pool.maxInFlight, pool.inFlight);
      try {
        await sleep(Number(article.id.split(':')[1] ?? 0));
        if (article.id === 'bug') throw new ArticleExtractionError(article.id, 'TypeError: odd input');
        if (article.id === 'dead') throw new Error('the extraction pool was closed');
        return { article: { id: article.id } } as unknown as ExtractionDocument;
      } finally {
        pool.inFlight--;
      }
    },
  };
  return pool;
}

const article = (id: string): Article => ({ id: toArticleId(id), title: null, text: id, published: null, outlet: null, url: null });
const toInput = (id: string) => (id === 'skip' ? null : { article: article(id) });
const show = (o: ExtractOutcome<string>): string => (o.status === 'extracted' ? o.document.article.id : `${o.status} ${o.item}`);

async function* slowly<T>(items: readonly T[], counter: { read: number }): AsyncGenerator<T> {
  for (const item of items) { counter.read++; yield item; }
}

async function collect<T>(outcomes: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const o of outcomes) out.push(o);
  return out;
}

test('yields in input order, whatever order the articles finish in', async () => {
  const ids = ['a:30', 'b:1', 'c:20', 'd:0', 'e:10', 'f:5'];
  const outcomes = await collect(extractAll(fakePool(), ids, toInput, { maxInFlight: 3 }));
  assert.deepEqual(outcomes.map(show), ids);
});

test('one article\'s failure is a failed outcome; skipped items pass through in place', async () => {
  const outcomes = await collect(extractAll(fakePool(), ['a', 'bug', 'skip', 'b'], toInput));
  assert.deepEqual(outcomes.map(show), ['a', 'failed bug', 'skipped skip', 'b']);
});

test('never has more than maxInFlight items read and not yet yielded', async () => {
  const pool = fakePool();
  const counter = { read: 0 };
  let yielded = 0;
  let most = 0;
  const ids = Array.from({ length: 40 }, (_, i) => `x${i}:${i % 3}`);
  for await (const outcome of extractAll(pool, slowly(ids, counter), toInput, { maxInFlight: 4 })) {
    assert.equal(outcome.item, ids[yielded++]);
    most = Math.max(most, counter.read - yielded);
    await sleep(1); // a slow consumer
  }
  assert.equal(yielded, 40);
  assert.ok(most <= 4, `read ahead ${most}`);
  assert.ok(pool.maxInFlight <= 4);
});

test('a failure of the pool is thrown, not yielded', async () => {
  await assert.rejects(collect(extractAll(fakePool(), ['a', 'dead', 'b'], toInput)), /pool was closed/);
});

test('when reading fails, the items read before are yielded first', async () => {
  async function* broken(): AsyncGenerator<string> { yield 'a:5'; yield 'b'; throw new Error('gzip: unexpected end'); }
  const seen: string[] = [];
  await assert.rejects(async () => { for await (const o of extractAll(fakePool(), broken(), toInput)) seen.push(show(o)); }, /unexpected end/);
  assert.deepEqual(seen, ['a:5', 'b']);
});

test('a consumer that stops early closes the input', async () => {
  let closed = false;
  async function* endless(): AsyncGenerator<string> {
    try { for (let i = 0; ; i++) yield `n${i}`; } finally { closed = true; }
  }
  for await (const outcome of extractAll(fakePool(), endless(), toInput)) {
    assert.equal(outcome.item, 'n0');
    break;
  }
  assert.ok(closed);
});
