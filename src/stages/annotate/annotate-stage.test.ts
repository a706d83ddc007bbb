import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnnotateStage } from './annotate-stage.js';
import { toArticleId } from '../../domain/index.js';

const stage = createAnnotateStage(winkNLP(model, ['sbd', 'pos']));
const run = (text: string) => stage.run({ article: { id: toArticleId('t'), title: null, text, published: null, outlet: null, url: null }, diagnostics: [] });

const rows: [string, number][] = [
  ['HTS chief al-Jolani, in a video on Monday, rejected the talks. The ministers met in Moscow.', 2],
  ['“We will not accept it,” he said. Turkey’s minister didn’t reply.', 2],
  ['One sentence only', 1],
];

for (const [text, sentences] of rows) {
  test(`every token's span holds its text: ${text.slice(0, 30)}`, () => {
    const out = run(text);
    assert.equal(out.sentences.length, sentences);
    for (const t of out.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    for (const s of out.sentences) assert.ok(s.end > s.start);
  });
}

test('verbs get lemmas and proper nouns their tag', () => {
  const out = run('Turkish forces attacked Kurdish positions.');
  const attacked = out.tokens.find((t) => t.text === 'attacked');
  assert.equal(attacked?.lemma, 'attack');
  assert.equal(attacked?.pos, 'VERB');
});
