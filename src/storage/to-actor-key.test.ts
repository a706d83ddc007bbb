import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toEntryId } from '../domain/index.js';
import { toActorKey } from './to-actor-key.js';

const rows: readonly [string, { entry: string | null; name: string }, string][] = [
  ['entry wins over name', { entry: 'TUR.DEF', name: 'Turkish Defence Ministry' }, 'TUR.DEF'],
  ['person entry', { entry: 'HULUSI_AKAR', name: 'Hulusi Akar' }, 'HULUSI_AKAR'],
  ['guessed name folded', { entry: null, name: '  Textile   Merchants ' }, '~textile merchants'],
  ['guessed with newline', { entry: null, name: 'Viktor\nMedvedchuk' }, '~viktor medvedchuk'],
];

for (const [label, actor, expected] of rows) {
  test(`toActorKey: ${label}`, () => {
    assert.equal(toActorKey({ entry: actor.entry === null ? null : toEntryId(actor.entry), name: actor.name }), expected);
  });
}
