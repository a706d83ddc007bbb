import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../../domain/index.js';
import type { ActorProfile } from '../../storage/actor-profile.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep actor (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('text: who it is, events by month and type, partners and adversaries', async () => {
    const { out } = await runQuery(['actor', 'Türkiye', '--db', store.path], { isTTY: true });
    const lines = out.split('\n');
    assert.equal(lines[0], 'Turkey (TUR)');
    assert.ok(lines.includes('  aliases: Türkiye, Republic of Turkey'));
    assert.ok(lines.includes('  month    AGREE  CONSULT  COOPERATE  ACCUSE  ASSAULT  total'));
    assert.ok(lines.includes('  2022-12               2                  1        1      4'));
    assert.ok(lines.includes('  Syrian Democratic Forces (SDF)  2 events'));
  });

  test('several words are one name; membership shown by name', async () => {
    const { out } = await runQuery(['actor', 'Hulusi', 'Akar', '--format', 'text', '--db', store.path]);
    assert.ok(out.includes('  member of: Turkish Defence Ministry (TUR.DEF)'));
  });

  test('json off a terminal: the profile', async () => {
    const profile = JSON.parse((await runQuery(['actor', 'TUR', '--db', store.path])).out) as ActorProfile;
    assert.equal(profile.actor.key, 'TUR');
    assert.deepEqual(profile.members, ['HULUSI_AKAR', 'TUR', 'TUR.DEF', 'TUR.MIL']);
    assert.deepEqual(profile.adversaries.map((c) => c.key), ['SDF', 'HTS']);
  });

  test('an unknown name: a usage error that suggests a text search', async () => {
    await assert.rejects(runQuery(['actor', 'Atlantis', '--db', store.path]), (err: unknown) => {
      assert.ok(err instanceof SitrepError && err.code === 'usage');
      assert.ok(err.message.includes('sitrep events --text "Atlantis"'));
      return true;
    });
  });
});
