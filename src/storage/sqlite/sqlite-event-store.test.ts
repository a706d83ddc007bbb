import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildExtraction } from '../contract/build-document.js';
import { runEventStoreContract } from '../contract/event-store-contract.js';
import { createSqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

runEventStoreContract({ name: 'sqlite :memory:', open: async () => ({ store: createSqliteEventStore(':memory:') }) });

runEventStoreContract({
  name: 'sqlite file',
  open: async () => {
    const path = join(dir, `store-${++files}.db`);
    const store = createSqliteEventStore(path);
    return { store, reopen: async () => { await store.close(); return createSqliteEventStore(path); } };
  },
});

const hasCode = (code: string) => (e: unknown): boolean => (e as { code?: string }).code === code;

test('sqlite: a file store uses write-ahead logging and records its schema version', async () => {
  const path = join(dir, 'wal.db');
  await createSqliteEventStore(path).close();
  const db = new Database(path);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.deepEqual(db.prepare('SELECT key, value FROM sitrep_meta ORDER BY key').all(), [
    { key: 'application', value: 'sitrep-event-store' }, { key: 'schema_version', value: '1' },
  ]);
  db.close();
});

test('sqlite: a file that is not a sitrep store is refused with store/unavailable', () => {
  const other = join(dir, 'other.db');
  const db = new Database(other);
  db.exec('CREATE TABLE customers (id INTEGER)');
  db.close();
  assert.throws(() => createSqliteEventStore(other), hasCode('store/unavailable'));
  const text = join(dir, 'notes.db');
  writeFileSync(text, 'these are not the droids you are looking for, not an SQLite file at all'.repeat(20));
  assert.throws(() => createSqliteEventStore(text), hasCode('store/unavailable'));
  assert.throws(() => createSqliteEventStore(join(dir, 'missing-folder', 'x.db')), hasCode('store/unavailable'));
});

test('sqlite: a store from a newer sitrep is refused with a message naming both versions', async () => {
  const path = join(dir, 'newer.db');
  await createSqliteEventStore(path).close();
  const db = new Database(path);
  db.prepare(`UPDATE sitrep_meta SET value = '7' WHERE key = 'schema_version'`).run();
  db.close();
  assert.throws(() => createSqliteEventStore(path), (e: Error & { code?: string }) => e.code === 'store/unavailable' && /version 7/.test(e.message) && /1 to 1/.test(e.message));
});

test('sqlite: a store opens and reads at once while another connection is writing', async () => {
  const path = join(dir, 'busy.db');
  await createSqliteEventStore(path).close();
  const writer = new Database(path);
  writer.exec('BEGIN IMMEDIATE');
  try {
    const started = performance.now();
    const reader = createSqliteEventStore(path);
    assert.equal((await reader.stats()).events, 0);
    await reader.close();
    assert.ok(performance.now() - started < 2000, 'no wait for the busy timeout');
  } finally {
    writer.exec('ROLLBACK');
    writer.close();
  }
});

test('sqlite: what saves keep in memory is reread after another connection wrote', async () => {
  const path = join(dir, 'two-writers.db');
  const store = createSqliteEventStore(path);
  try {
    const talks = (id: string) => buildExtraction({ id, events: [{ type: 'CONSULT', source: ['HULUSI_AKAR'], target: ['SERGEI_SHOIGU'], date: '2022-12-28' }] });
    await store.saveExtraction(talks('art-1'));
    // another process learns an alias of an actor (and a link) this store has cached
    const other = new Database(path);
    other.prepare(`UPDATE actors SET aliases = '["Akar"]' WHERE key = 'HULUSI_AKAR'`).run();
    other.prepare(`INSERT INTO actor_members (member, parent) VALUES ('SERGEI_SHOIGU', 'HULUSI_AKAR')`).run();
    other.close();
    await store.saveExtraction(talks('art-2'));
    const [akar] = await store.findActors('Akar');
    assert.equal(akar?.key, 'HULUSI_AKAR', 'the alias written by the other connection is kept');
    // the second article's events count for Akar twice over: as a source, and as Shoigu's parent
    assert.equal(await store.countEvents({ actor: 'HULUSI_AKAR', actorSide: 'target', from: '2022-12-28', to: '2022-12-28' }), 1);
  } finally {
    await store.close();
  }
});
