import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMap, memoise } from './bounded-map.js';

test('a bounded map empties itself when a new key would pass its limit, not when a key is set again', () => {
  const m = new BoundedMap<string, number>(2);
  m.set('a', 1).set('b', 2).set('b', 3);
  assert.deepEqual([...m], [['a', 1], ['b', 3]]);
  m.set('c', 4);
  assert.deepEqual([...m], [['c', 4]]);
});

test('a memoised function computes each key once while it is remembered, null and undefined results included', () => {
  const calls: string[] = [];
  const f = memoise(10, (k: string) => { calls.push(k); return k === 'x' ? null : undefined; });
  assert.equal(f('x'), null);
  assert.equal(f('x'), null);
  assert.equal(f('y'), undefined);
  assert.equal(f('y'), undefined);
  assert.deepEqual(calls, ['x', 'y']);
});
