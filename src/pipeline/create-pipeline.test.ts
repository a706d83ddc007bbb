import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from './create-pipeline.js';
import { defineStage } from './stage.js';
import { SitrepError, toArticleId, type Article } from '../domain/index.js';

const article: Article = { id: toArticleId('a1'), title: null, text: 'Turkey met Syria.', published: '2023-01-02', outlet: null, url: null };

const tokens = defineStage({
  name: 'tokens', version: '1', requires: [], provides: ['tokens'],
  run: () => ({ tokens: [], diagnostics: [{ code: 'article/empty', severity: 'info', message: 'x' }] }),
});
const events = defineStage({ name: 'events', version: '1', requires: ['tokens', 'actors'], provides: ['events'], run: () => ({ events: [] }) });
const actors = defineStage({ name: 'actors', version: '1', requires: ['tokens'], provides: ['actors'], run: () => ({ actors: [] }) });

test('a stage whose requirement no earlier stage provides fails at build time, naming the gap', () => {
  assert.throws(() => createPipeline([tokens, events, actors]), (err: unknown) =>
    err instanceof SitrepError && err.code === 'pipeline/invalid' && /events.*actors/.test(err.message));
});

test('a stage listed twice is refused', () => {
  assert.throws(() => createPipeline([tokens, tokens]), /twice/);
});

test('stages run in order, layers accumulate and diagnostics are tagged with their stage', () => {
  const result = createPipeline([tokens, actors, events]).run(article);
  assert.deepEqual(result.events, []);
  assert.deepEqual(result.actors, []);
  assert.equal(result.diagnostics.length, 1);
  assert.equal(result.diagnostics[0]?.stage, 'tokens');
});
