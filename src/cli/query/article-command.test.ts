import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError, type ArticleView } from '../../domain/index.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep article (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('text: metadata, actors, events with their evidence, quotes with speakers, diagnostics', async () => {
    const { out } = await runQuery(['article', 'reuters-1', '--db', store.path], { isTTY: true });
    const lines = out.split('\n');
    assert.equal(lines[0], 'Defence ministers meet in Moscow');
    assert.ok(lines.includes('  outlet: Reuters, published: 2022-12-29'));
    assert.ok(lines.includes('Events (2):'));
    assert.ok(lines.includes('      “Turkey accused the SDF of attacks, the ministry said.”'));
    assert.ok(lines.some((l) => l.includes('[reported] (claimed by Turkish Defence Ministry)')));
    assert.ok(lines.includes('  "We talked." — Hulusi Akar'));
    assert.ok(lines.includes('  info actor/unknown: built by hand'));
  });

  test('json off a terminal: the whole view, text included', async () => {
    const view = JSON.parse((await runQuery(['article', 'afp-1', '--db', store.path])).out) as ArticleView;
    assert.equal(view.article.outlet, 'AFP');
    assert.equal(view.events.length, 2);
    assert.ok(view.text.includes('held talks'));
  });

  test('an unknown id is a usage error', async () => {
    await assert.rejects(runQuery(['article', 'nope', '--db', store.path]), (err: unknown) => err instanceof SitrepError && err.code === 'usage');
  });
});
