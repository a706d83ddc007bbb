import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStatsText } from './format-stats-text.js';

test('formatStatsText: every count, labelled, numbers right-aligned with thousands separators', () => {
  const text = formatStatsText({ articles: 1200, duplicates: 3, nearDuplicates: 40, rejections: 0, events: 15321, incidents: 9000, multiSourceIncidents: 812, actors: 77 });
  assert.deepEqual(text.split('\n'), [
    'articles (with their own extraction)       1,200',
    '  of which edited copies                      40',
    'exact copies (counted, not stored again)       3',
    'rejected input items                           0',
    'events                                    15,321',
    'incidents                                  9,000',
    '  reported by 2+ independent sources         812',
    'actors                                        77',
  ]);
});
