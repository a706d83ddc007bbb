import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep stats (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('json off a terminal: every count', async () => {
    assert.deepEqual(JSON.parse((await runQuery(['stats', '--db', store.path])).out), {
      articles: 3, duplicates: 0, nearDuplicates: 0, rejections: 1, events: 7, incidents: 6, multiSourceIncidents: 1, actors: 10,
    });
  });

  test('text on a terminal', async () => {
    const { out } = await runQuery(['stats', '--db', store.path], { isTTY: true });
    assert.match(out, /^events +7$/m);
  });
});
