import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SitrepError } from '../../domain/index.js';
import { loadConfig } from './load-config.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'sitrep-config-'));

test('no config file: empty settings', () => {
  assert.deepEqual(loadConfig(undefined, dir()), { data: [], db: null, file: null });
});

const CASES: readonly [string, string, readonly string[], string | null][] = [
  ['sitrep.config.yaml', 'data: my-actors\ndb: stores/main.db\n', ['my-actors'], 'stores/main.db'],
  ['sitrep.config.yml', 'data:\n  - a\n  - b\n', ['a', 'b'], null],
  ['sitrep.config.json', '{"data": ["kb"]}', ['kb'], null],
];
for (const [name, text, data, db] of CASES) {
  test(`${name} is found in the working folder; its paths are relative to it`, () => {
    const d = dir();
    writeFileSync(join(d, name), text);
    const config = loadConfig(undefined, d);
    assert.deepEqual(config.data, data.map((x) => join(d, x)));
    assert.equal(config.db, db === null ? null : join(d, db));
  });
}

const BAD: readonly [string, string][] = [
  ['an unknown key', 'dta: my-actors\n'],
  ['a number for data', 'data: 42\n'],
  ['broken YAML', 'data: [a, b\n'],
];
for (const [what, text] of BAD) {
  test(`${what} is a config/invalid error`, () => {
    const d = dir();
    writeFileSync(join(d, 'sitrep.config.yaml'), text);
    assert.throws(() => loadConfig(undefined, d), (e) => e instanceof SitrepError && e.code === 'config/invalid');
  });
}

test('--config names a file that does not exist: config/invalid', () => {
  assert.throws(() => loadConfig('nope.yaml', dir()), (e) => e instanceof SitrepError && e.code === 'config/invalid');
});
