import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SitrepError } from '../../domain/index.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep export (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('plover-jsonl to a file, filtered; the count goes to standard error', async () => {
    const file = join(dirname(store.path), 'turkey.jsonl');
    const { out, err } = await runQuery(['export', 'plover-jsonl', '--actor', 'Turkey', '--side', 'target', '--out', file, '--db', store.path]);
    assert.equal(out, '');
    assert.equal(err, `wrote 2 events to ${file}\n`);
    const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { target: { key: string; name: string }[] });
    assert.deepEqual(records.map((r) => r.target.map((t) => t.name)), [['Turkey'], ['Turkey']]);
    assert.deepEqual(readdirSync(dirname(file)).filter((f) => f.includes('.partial')), [], 'no temporary file is left');
  });

  test('gdelt to standard output: 61 tab-separated columns, actors coded through their memberships', async () => {
    const { out, err } = await runQuery(['export', 'gdelt', '--type', 'consult', '--db', store.path]);
    const rows = out.trimEnd().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(rows.map((r) => r.length), [61, 61]);
    assert.deepEqual(rows.map((r) => r[5]), ['TURGOVMIL', 'TURGOVMIL'], 'Hulusi Akar -> TUR.DEF -> TUR');
    assert.equal(err, 'wrote 2 events to standard output\n');
  });

  test('geojson: one feature per placed event', async () => {
    const { out } = await runQuery(['export', 'geojson', '--db', store.path]);
    assert.equal((JSON.parse(out) as { features: unknown[] }).features.length, 4);
  });

  test('graphml and gexf: the actor network', async () => {
    assert.match((await runQuery(['export', 'graphml', '--db', store.path])).out, /<graphml[\s\S]*Syrian Democratic Forces/);
    assert.match((await runQuery(['export', 'gexf', '--db', store.path])).out, /<gexf[\s\S]*label="Hayat Tahrir al-Sham"/);
  });

  test('an unknown format is a usage error listing the formats', async () => {
    await assert.rejects(runQuery(['export', 'xlsx', '--db', store.path]), (err: unknown) => err instanceof SitrepError && err.code === 'usage' && err.message.includes('plover-jsonl'));
  });

  test('a folder that does not exist: a usage error, and nothing is written', async () => {
    const file = join(dirname(store.path), 'missing', 'out.csv');
    await assert.rejects(runQuery(['export', 'csv', '--out', file, '--db', store.path]), (err: unknown) => err instanceof SitrepError && err.code === 'usage');
    assert.equal(existsSync(dirname(file)), false);
  });
});
