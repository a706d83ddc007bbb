import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RejectionRecord } from '../../domain/index.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep rejects (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('table on a terminal', async () => {
    const { out } = await runQuery(['rejects', '--db', store.path], { isTTY: true });
    assert.deepEqual(out.trimEnd().split('\n'), [
      'time                      origin             code          message',
      '2023-01-05T10:00:00.000Z  feeds/bad.jsonl:3  input/format  line 3 is not a JSON object',
      '1 rejected input item',
    ]);
  });

  test('JSON lines off a terminal', async () => {
    const { out } = await runQuery(['rejects', '--db', store.path]);
    assert.deepEqual(out.trim().split('\n').map((l) => (JSON.parse(l) as RejectionRecord).origin), ['feeds/bad.jsonl:3']);
  });
});
