import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toArticleId } from '../../domain/index.js';
import type { InputItem } from '../../sources/index.js';
import { createSqliteEventStore } from '../../storage/sqlite/sqlite-event-store.js';
import { createInProcessExtractPool } from '../extract-pool/index.js';
import { ingest, type IngestOptions } from './ingest.js';

const pool = createInProcessExtractPool();

async function* itemsOf(n: number): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) {
    const text = `Turkey held talks with Syria in Moscow on Wednesday about prisoner exchange number ${i}.`;
    yield { origin: `test:${i}`, result: { article: { id: toArticleId(`a${i}`), title: null, text, published: '2023-01-02', outlet: `Outlet ${i}`, url: null }, diagnostics: [] } };
  }
}

/** The sizes of the batches ingest saves `n` articles in. */
async function batchSizes(n: number, options: IngestOptions): Promise<number[]> {
  const store = createSqliteEventStore(':memory:');
  const sizes: number[] = [];
  const saveBatch = store.saveBatch.bind(store);
  store.saveBatch = async (batch) => {
    sizes.push(batch.length);
    return saveBatch(batch);
  };
  try {
    const summary = await ingest(itemsOf(n), { store, pool }, options);
    assert.equal(summary.stored, n);
    return sizes;
  } finally {
    await store.close();
  }
}

test('ingest saves full batches, then the rest', async () => {
  assert.deepEqual(await batchSizes(5, { batchSize: 2 }), [2, 2, 1]);
});

test('ingest saves a batch that is not full once it has waited batchMs', async () => {
  assert.deepEqual(await batchSizes(3, { batchSize: 100, batchMs: 0 }), [1, 1, 1]);
  assert.deepEqual(await batchSizes(3, { batchSize: 100, batchMs: 60_000 }), [3]);
});
