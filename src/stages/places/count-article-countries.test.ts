import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toEntryId, toMentionId, type Mention } from '../../domain/index.js';
import { countArticleCountries, toEntryCountry } from './count-article-countries.js';

const isCountry = (code: string): boolean => ['SYR', 'TUR', 'RUS'].includes(code);

test('toEntryCountry', () => {
  const rows: [string | undefined, string | null][] = [
    ['SYR', 'SYR'], ['TUR.MIL', 'TUR'], ['HTS', null], ['HULUSI_AKAR', null], ['TURKEY', null], ['UN', null], [undefined, null],
  ];
  for (const [entry, expected] of rows) assert.equal(toEntryCountry(entry, isCountry), expected, String(entry));
});

test('countArticleCountries counts first entries and the countries of roles', () => {
  const mention = (entries: string[], titleOf?: string): Mention => ({
    id: toMentionId('m'), kind: 'name', start: 0, end: 1, text: 'x', tokenStart: 0, tokenEnd: 1, sentence: 0,
    entries: entries.map(toEntryId), ...(titleOf === undefined ? {} : { titleOf: toEntryId(titleOf) }),
  });
  const mentions = [mention(['SYR']), mention(['TUR.DEF']), mention(['SYR', 'TUR']), mention([], 'RUS'), mention(['HTS']), mention(['HULUSI_AKAR'])];
  assert.deepEqual([...countArticleCountries(mentions, isCountry)].sort(), [['RUS', 1], ['SYR', 2], ['TUR', 1]]);
});
