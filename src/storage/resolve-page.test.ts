import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePage } from './resolve-page.js';

const rows: readonly [Parameters<typeof resolvePage>[0], { limit: number; offset: number }][] = [
  [undefined, { limit: 100, offset: 0 }],
  [{ limit: 5, offset: 10 }, { limit: 5, offset: 10 }],
  [{ limit: 1e9 }, { limit: 10_000, offset: 0 }],
  [{ limit: -3, offset: -1 }, { limit: 0, offset: 0 }],
  [{ limit: 2.7 }, { limit: 2, offset: 0 }],
];

for (const [page, expected] of rows) {
  test(`resolvePage(${JSON.stringify(page)})`, () => assert.deepEqual(resolvePage(page), expected));
}
