import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { rememberLemmas } from './remember-lemmas.js';

const plain = winkNLP(model, ['sbd', 'pos']);
const remembering = winkNLP(rememberLemmas(model), ['sbd', 'pos']);
const lemmasOf = (nlp: typeof plain, text: string): string[] => nlp.readDoc(text).tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];

const texts = [
  'Turkish forces attacked Kurdish positions; the talks failed and the ministers flew home.',
  // the same words again, now remembered, and as other parts of speech ("attack" a noun, "talks" a verb)
  'The attack on the positions came as he talks of flying to the talks. Forces were attacking, they said.',
  "They didn't reply, and we can't say whether the bigger cities' mayors are hiding.",
];

test('remembered lemmas are the lemmas the model works out', () => {
  for (const text of [...texts, ...texts]) assert.deepEqual(lemmasOf(remembering, text), lemmasOf(plain, text), text);
});
