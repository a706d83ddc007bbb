import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRecord } from '../domain/index.js';
import { mergeActorRecord } from './merge-actor-record.js';

const akar: ActorRecord = {
  key: 'HULUSI_AKAR', name: 'Hulusi Akar', kind: 'person', country: 'TUR', guessed: false,
  aliases: ['Akar'], memberOf: ['TUR.DEF'], roles: [{ title: 'defence_minister', of: 'TUR', start: '2018-07-10', end: null }],
};

const rows: readonly [string, Partial<ActorRecord>, Partial<ActorRecord>][] = [
  ['same record changes nothing', {}, {}],
  ['new aliases and parents accumulate', { aliases: ['Gen. Akar'], memberOf: ['TUR'] }, { aliases: ['Akar', 'Gen. Akar'], memberOf: ['TUR.DEF', 'TUR'] }],
  ['a differing name becomes an alias', { name: 'Hulusi Akar Pasha', aliases: [] }, { aliases: ['Akar', 'Hulusi Akar Pasha'] }],
  ['roles are deduplicated and accumulate', { roles: [...akar.roles, { title: 'chief_of_staff', of: 'TUR', start: '2015', end: '2018' }] },
    { roles: [...akar.roles, { title: 'chief_of_staff', of: 'TUR', start: '2015', end: '2018' }] }],
  ['the first kind and country stay', { kind: 'military', country: 'SYR' }, {}],
  ['an actor never belongs to itself', { memberOf: ['HULUSI_AKAR'] }, {}],
];

for (const [label, seen, changed] of rows) {
  test(`mergeActorRecord: ${label}`, () => {
    assert.deepEqual(mergeActorRecord(akar, { ...akar, ...seen }), { ...akar, ...changed });
  });
}

test('mergeActorRecord: an unknown kind or country is filled in', () => {
  const guessed: ActorRecord = { ...akar, kind: 'unknown', country: null, guessed: true };
  const merged = mergeActorRecord(guessed, akar);
  assert.deepEqual([merged.kind, merged.country, merged.guessed], ['person', 'TUR', false]);
});
