import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate, Token } from '../../domain/index.js';
import { isBackgroundSummary } from './is-background-summary.js';
import { tokensOf } from './test-support.js';

/** Tokens of a sentence with "has/have/had/been" as AUX, -ly words and "then" as ADV, -ed words as VERB and the rest as NOUN. */
const tokensOfSentence = (sentence: string): Token[] => tokensOf(sentence, (lower) => ({
  pos: ['has', 'have', 'had', 'been'].includes(lower) ? 'AUX' : lower.endsWith('ly') || lower === 'then' ? 'ADV' : /ed$|killed|began/.test(lower) ? 'VERB' : 'NOUN',
}));

const dated = (value: string, text = 'since March 2011'): EventDate => ({ value, precision: value.length === 7 ? 'month' : 'day', text, reason: '' });

/** Sentence, trigger word, the date the sentence gives, then whether it is a background summary (published 2015-02-01). */
const rows: [string, string, EventDate, boolean][] = [
  ['200,000 people have been killed since the war began', 'killed', dated('2011-03'), true],
  ['the war has killed thousands', 'killed', dated('2011'), true],
  ['rebels had quickly seized the town', 'seized', dated('2012-06-01'), true],
  ['forces have shelled Aleppo since Sunday', 'shelled', dated('2015-01-25', 'since Sunday'), false],
  ['forces shelled Aleppo in March 2011', 'shelled', dated('2011-03', 'in March 2011'), false],
  ['forces have shelled Aleppo', 'shelled', { value: '2015-02-01', precision: 'day', text: null, reason: '' }, false],
  ['thousands died since the conflict erupted in March 2011', 'erupted', dated('2011-03', 'in March 2011'), true],
  ['since the rebels seized Idlib in 2012', 'seized', dated('2012', 'in 2012'), true],
  ['the town has been quiet since rebels seized it on Sunday', 'seized', dated('2015-01-25', 'on Sunday'), false],
  ['since then rebels seized Idlib in 2012', 'seized', dated('2012', 'in 2012'), false],
  ['thousands have died since the uprising began in March 2011 with protests', 'protests', dated('2011-03', 'in March 2011'), true],
  ['since 2011 and rebels seized Idlib in 2012', 'seized', dated('2012', 'in 2012'), false],
];

for (const [sentence, trigger, date, expected] of rows) {
  test(`isBackgroundSummary: ${sentence} (${date.value})`, () => {
    const tokens = tokensOfSentence(sentence);
    const at = tokens.findIndex((t) => t.text === trigger);
    assert.equal(isBackgroundSummary(tokens, at, 0, date, '2015-02-01'), expected);
  });
}

test('isBackgroundSummary: no publication date, no judgement', () => {
  const tokens = tokensOfSentence('the war has killed thousands');
  assert.equal(isBackgroundSummary(tokens, 3, 0, dated('2011'), null), false);
});
