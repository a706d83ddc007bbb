import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError, type ActorRecord } from '../../domain/index.js';
import { resolveActor } from './resolve-actor.js';
import { buildActor } from './test-support.js';

const TURKEY = buildActor('TUR', 'Turkey', { country: 'TUR', aliases: ['Türkiye'] });
const TUR_GROUP = buildActor('~tur', 'Tur', { kind: 'group' });
const AKAR = buildActor('HULUSI_AKAR', 'Hulusi Akar', { kind: 'person', aliases: ['Akar'] });
const AKAR_2 = buildActor('~akar', 'Akar', { kind: 'person' });

/** A store whose findActors answers from a fixed table (folding is the store's job, tested there). */
const store = { findActors: async (name: string): Promise<readonly ActorRecord[]> => ({
  TUR: [TUR_GROUP, TURKEY], Türkiye: [TURKEY], Akar: [AKAR, AKAR_2], 'Hulusi Akar': [AKAR],
} as Readonly<Record<string, readonly ActorRecord[]>>)[name] ?? [] };

const FOUND: readonly [string, string][] = [['Türkiye', 'TUR'], ['TUR', 'TUR'], [' Hulusi Akar ', 'HULUSI_AKAR']];
for (const [name, key] of FOUND) {
  test(`resolveActor("${name}") is ${key}`, async () => assert.equal((await resolveActor(store, name)).key, key));
}

const FAILING: readonly [string, string, string][] = [
  ['Akar', 'lists the candidates and asks for the key', 'HULUSI_AKAR'],
  ['Atlantis', 'suggests searching the text', 'sitrep events --text'],
  ['  ', 'an empty name', 'TUR'],
];
for (const [name, why, offers] of FAILING) {
  test(`resolveActor("${name}") fails: ${why}`, async () => {
    await assert.rejects(resolveActor(store, name), (err: unknown) => {
      assert.ok(err instanceof SitrepError && err.code === 'usage');
      assert.ok(err.message.includes(offers), err.message);
      return true;
    });
  });
}
