import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DataError, SitrepError } from '../../domain/index.js';
import { deserialiseError, serialiseError } from './serialise-error.js';

// Errors cross from worker threads as plain objects; what arrives must keep code, message and name.
const ROWS: readonly [string, unknown, { name: string; message: string; code?: string; sitrep: boolean }][] = [
  ['a loader error keeps its code', new DataError('data/missing', 'countries.tsv is missing'), { name: 'DataError', message: 'countries.tsv is missing', code: 'data/missing', sitrep: true }],
  ['a bug stays a plain error', new TypeError('x.trim is not a function'), { name: 'TypeError', message: 'x.trim is not a function', sitrep: false }],
  ['a Node error keeps its code', Object.assign(new Error('no such file'), { code: 'ENOENT' }), { name: 'Error', message: 'no such file', code: 'ENOENT', sitrep: false }],
  ['a thrown string becomes an error', 'oops', { name: 'Error', message: 'oops', sitrep: false }],
];

for (const [name, thrown, expected] of ROWS) {
  test(name, () => {
    const posted = structuredClone(serialiseError(thrown));
    const error = deserialiseError(posted);
    assert.equal(error.name, expected.name);
    assert.equal(error.message, expected.message);
    assert.equal((error as { code?: string }).code, expected.code);
    assert.equal(error instanceof SitrepError, expected.sitrep);
    if (thrown instanceof Error) assert.equal(error.stack, thrown.stack);
  });
}
