import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../../domain/index.js';
import type { Page } from '../../storage/event-filter.js';
import { parsePageOptions, type PageOptionValues } from './parse-page-options.js';

const VALID: readonly [PageOptionValues, Page][] = [
  [{}, { limit: 100, offset: 0 }],
  [{ limit: '1', offset: '0' }, { limit: 1, offset: 0 }],
  [{ limit: '10000', offset: '250000' }, { limit: 10000, offset: 250000 }],
];
for (const [options, expected] of VALID) {
  test(`parsePageOptions(${JSON.stringify(options)})`, () => assert.deepEqual(parsePageOptions(options), expected));
}

const INVALID: readonly PageOptionValues[] = [{ limit: '0' }, { limit: '10001' }, { limit: '-5' }, { limit: '2.5' }, { limit: 'all' }, { offset: '-1' }, { offset: '' }];
for (const options of INVALID) {
  test(`parsePageOptions(${JSON.stringify(options)}) is a usage error`, () => {
    assert.throws(() => parsePageOptions(options), (err: unknown) => err instanceof SitrepError && err.code === 'usage');
  });
}
