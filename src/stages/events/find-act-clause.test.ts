import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence, Token } from '../../domain/index.js';
import type { EventRule } from '../../dictionaries/index.js';
import { findPatientVerb } from './find-act-clause.js';
import { tokensOf } from './test-support.js';
import type { Trigger } from './find-triggers.js';

const POS: Readonly<Record<string, string>> = {
  were: 'AUX', was: 'AUX', in: 'ADP', on: 'ADP', during: 'ADP', by: 'ADP', with: 'ADP', the: 'DET', a: 'DET',
  russian: 'ADJ', killed: 'VERB', wounded: 'VERB', died: 'VERB', launched: 'VERB', met: 'VERB', shelling: 'VERB', thursday: 'PROPN', '13': 'NUM',
};

/** Tokens of a sentence tagged from a small table; the rest are nouns. */
const tokensOfSentence = (sentence: string): Token[] => tokensOf(sentence, (lower) => ({ pos: POS[lower] ?? 'NOUN', lemma: lower === 'died' ? 'die' : lower }));

const rule = { id: 't:1', pattern: 'air strike', elements: [], type: 'ASSAULT', cameo: '195', mode: 'air strike', governs: false, speakerActs: false } as unknown as EventRule;

/** Sentence, the act's words, then the verb whose subject suffers the act ('' when none). */
const rows: [string, string, string][] = [
  ['civilians were killed on Thursday in air strikes', 'air strikes', 'killed'],
  ['13 civilians killed in Russian air strikes', 'air strikes', 'killed'],
  ['soldiers were wounded during the shelling', 'shelling', 'wounded'],
  ['civilians died in air strikes by the regime', 'air strikes', 'died'],
  ['jets launched air strikes on the town', 'air strikes', ''],
  ['ministers met in air strikes', 'air strikes', ''],
  ['rebels killed soldiers in air strikes', 'air strikes', ''],
];

for (const [text, act, verb] of rows) {
  test(`findPatientVerb: "${text}" -> "${verb}"`, () => {
    const tokens = tokensOfSentence(text);
    const words = act.split(' ');
    const first = tokens.findIndex((t) => t.lower === words[0]);
    const last = first + words.length - 1;
    const sentence: Sentence = { index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length };
    const trigger: Trigger = { rule, first, last, head: last };
    const at = findPatientVerb(tokens, sentence, trigger);
    assert.equal(at >= 0 ? tokens[at]?.lower : '', verb);
  });
}
