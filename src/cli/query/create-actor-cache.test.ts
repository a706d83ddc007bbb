import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRecord, EventRecord } from '../../domain/index.js';
import { createActorCache, withActorsLoaded } from './create-actor-cache.js';
import { buildActor, buildEvent } from './test-support.js';

const ACTORS: readonly ActorRecord[] = [
  buildActor('TUR', 'Turkey'),
  buildActor('TUR.DEF', 'Turkish Defence Ministry', { kind: 'ministry', memberOf: ['TUR'] }),
  buildActor('HULUSI_AKAR', 'Hulusi Akar', { kind: 'person', memberOf: ['TUR.DEF'] }),
  // Someone whose alias is another actor's key: the key's own record must win.
  buildActor('~tur', 'Tur', { kind: 'group', aliases: ['TUR'] }),
];

/** A store that answers findActors by key or alias and counts its calls. */
function createCountingStore(): { findActors(name: string): Promise<readonly ActorRecord[]>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    findActors: async (name) => {
      calls.push(name);
      return ACTORS.filter((a) => a.key === name || a.aliases.includes(name)).sort((a) => (a.guessed ? -1 : 1));
    },
  };
}

test('load reads each key once, with the bodies it belongs to, and names unknown keys after themselves', async () => {
  const store = createCountingStore();
  const cache = createActorCache(store);
  await cache.load(['HULUSI_AKAR', '~textile merchants']);
  await cache.load(['HULUSI_AKAR', 'TUR']);
  assert.deepEqual([...store.calls].sort(), ['HULUSI_AKAR', 'TUR', 'TUR.DEF', '~textile merchants']);
  assert.equal(cache.get('TUR')?.name, 'Turkey');
  assert.equal(cache.nameOf('TUR.DEF'), 'Turkish Defence Ministry');
  assert.equal(cache.nameOf('~textile merchants'), 'textile merchants');
  assert.equal(cache.get('~textile merchants'), undefined);
});

test('withActorsLoaded passes every event on, its actors loaded before it, each looked up once', async () => {
  const store = createCountingStore();
  const cache = createActorCache(store);
  async function* events(): AsyncGenerator<EventRecord> {
    yield buildEvent({ source: ['HULUSI_AKAR'], target: ['RUS.DEF'] });
    yield buildEvent({ source: ['TUR'], target: ['RUS.DEF'] });
  }
  const seen: string[] = [];
  for await (const e of withActorsLoaded(events(), cache)) seen.push(e.source.map(cache.nameOf).join());
  assert.deepEqual(seen, ['Hulusi Akar', 'Turkey']);
  assert.deepEqual([...store.calls].sort(), ['HULUSI_AKAR', 'RUS.DEF', 'TUR', 'TUR.DEF']);
});
