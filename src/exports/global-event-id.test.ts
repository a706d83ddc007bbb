import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGlobalEventId } from './global-event-id.js';

test('the GlobalEventID is a stable positive safe integer', () => {
  for (const id of ['a1#e1', 'a1#e2', '', 'article with spaces#e10']) {
    const n = toGlobalEventId(id);
    assert.ok(Number.isSafeInteger(n) && n > 0, `${id} -> ${n}`);
    assert.equal(toGlobalEventId(id), n);
  }
  assert.equal(toGlobalEventId('a1#e1'), toGlobalEventId('a1#e1'));
});

test('different event ids get different GlobalEventIDs', () => {
  const ids = new Set(Array.from({ length: 20000 }, (_, i) => toGlobalEventId(`article-${i % 200}#e${i}`)));
  assert.equal(ids.size, 20000);
});
