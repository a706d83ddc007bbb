import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveWorkerEntry } from './resolve-worker-entry.js';

test('compiled, the worker is the .js file next to the module', () => {
  const entry = resolveWorkerEntry('extract-worker', 'file:///app/dist/app/extract-pool/create-extract-pool.js');
  assert.deepEqual(entry, { filename: new URL('file:///app/dist/app/extract-pool/extract-worker.js'), options: {} });
});

test('under tsx, the .ts file is started through a bootstrap that registers tsx in the worker', () => {
  const entry = resolveWorkerEntry('extract-worker', 'file:///app/src/app/extract-pool/create-extract-pool.ts');
  assert.equal(entry.options.eval, true);
  assert.equal(typeof entry.filename, 'string');
  assert.match(String(entry.filename), /tsx\/dist\/esm\/api\/index\.mjs/);
  assert.match(String(entry.filename), /"file:\/\/\/app\/src\/app\/extract-pool\/extract-worker\.ts"/);
});
