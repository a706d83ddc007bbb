import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toArticleId, type Analysis, type Sentence } from '../../domain/index.js';
import { createDatesStage } from './dates-stage.js';

/** Sentences as character spans, built by hand from the text (no earlier stage runs). */
function sentencesOf(text: string, ends: readonly number[]): Sentence[] {
  let start = 0;
  return ends.map((end, index) => {
    const sentence = { index, start, end, tokenStart: 0, tokenEnd: 0 };
    start = end + 1;
    return sentence;
  });
}

test('the dates stage declares what it needs and adds', () => {
  const stage = createDatesStage();
  assert.deepEqual([stage.name, stage.version, stage.requires, stage.provides], ['dates', '1', ['sentences'], ['dates']]);
});

test('each date carries the index of the sentence holding its start', () => {
  const text = 'Rebels struck on Monday. Nothing happened. Talks resume next week and end in March 2023.';
  const analysis: Analysis = {
    article: { id: toArticleId('a1'), title: null, text, published: '2023-01-02', outlet: null, url: null },
    diagnostics: [],
    sentences: sentencesOf(text, [24, 42, text.length]),
  };
  const { dates, diagnostics } = createDatesStage().run(analysis);
  assert.deepEqual(dates.map((d) => [d.text, d.value, d.precision, d.sentence]), [
    ['on Monday', '2023-01-02', 'day', 0],
    ['next week', '2023-01-09', 'week', 2],
    ['in March 2023', '2023-03', 'month', 2],
  ]);
  assert.deepEqual(diagnostics, []);
});

test('without a publication date the stage passes on the article/no-date diagnostic', () => {
  const text = 'Rebels struck on Monday.';
  const analysis: Analysis = {
    article: { id: toArticleId('a2'), title: null, text, published: null, outlet: null, url: null },
    diagnostics: [],
    sentences: sentencesOf(text, [text.length]),
  };
  const { dates, diagnostics } = createDatesStage().run(analysis);
  assert.deepEqual(dates, []);
  assert.deepEqual(diagnostics?.map((d) => d.code), ['article/no-date']);
});
