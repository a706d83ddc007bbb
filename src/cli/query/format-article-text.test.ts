import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleView } from '../../domain/index.js';
import { formatArticleText } from './format-article-text.js';
import { buildActor, buildEvent } from './test-support.js';

const VIEW: ArticleView = {
  article: {
    id: 'reuters-1', title: 'Defence ministers meet in Moscow', published: '2022-12-29', outlet: 'Reuters', url: 'https://example.org/1',
    contentHash: 'abc', origin: 'feeds/reuters.jsonl:1', duplicateOf: null, storedAt: '2023-01-05T10:00:00.000Z',
  },
  text: 'Defence ministers meet in Moscow\nHulusi Akar met his Russian counterpart in Moscow.',
  actors: [
    buildActor('HULUSI_AKAR', 'Hulusi Akar', { kind: 'person', country: 'TUR' }),
    buildActor('RUS.DEF', 'Russian Defence Ministry', { kind: 'ministry', country: 'RUS' }),
    buildActor('~textile merchants', 'Textile merchants', { kind: 'group' }),
  ],
  events: [buildEvent(), buildEvent({ id: 'reuters-1#e2', type: 'ACCUSE', source: ['RUS.DEF'], target: ['~textile merchants'], attributedTo: ['HULUSI_AKAR'], modality: 'reported', location: null, incident: null, evidence: [] })],
  quotes: [{ text: '"We talked."', start: 0, end: 12, speaker: null, speakerMention: null, speakerKey: 'HULUSI_AKAR' }],
  diagnostics: [{ code: 'actor/unknown', severity: 'warning', message: 'no entry for "textile merchants"' }],
  provenance: { version: '0.1.0', stages: {}, knowledgeBase: 'kb-1' },
};

test('formatArticleText: metadata, actors, events with evidence, quotes with speakers, diagnostics', () => {
  assert.deepEqual(formatArticleText(VIEW, 120).split('\n'), [
    'Defence ministers meet in Moscow',
    '  id: reuters-1',
    '  outlet: Reuters, published: 2022-12-29',
    '  url: https://example.org/1',
    '  origin: feeds/reuters.jsonl:1',
    '  stored: 2023-01-05T10:00:00.000Z, by sitrep 0.1.0, knowledge base kb-1',
    '  text: 83 characters (--format json includes it)',
    '',
    'Actors (3):',
    '  key                 name                      kind      country',
    '  HULUSI_AKAR         Hulusi Akar               person    TUR',
    '  RUS.DEF             Russian Defence Ministry  ministry  RUS',
    '  ~textile merchants  Textile merchants         group',
    '',
    'Events (2):',
    '  2022-12-28  CONSULT  Hulusi Akar -> Russian Defence Ministry @ Moscow, RUS  [asserted]  incident 1',
    '      “Hulusi Akar met his Russian counterpart in Moscow.”',
    '  2022-12-28  ACCUSE  Russian Defence Ministry -> Textile merchants  [reported] (claimed by Hulusi Akar)',
    '',
    'Quotes (1):',
    '  "We talked." — Hulusi Akar',
    '',
    'Diagnostics (1):',
    '  warning actor/unknown: no entry for "textile merchants"',
  ]);
});

test('formatArticleText: a copy points to its original; every line fits 80 columns', () => {
  const copy: ArticleView = { ...VIEW, article: { ...VIEW.article, id: 'copy-1', duplicateOf: 'reuters-1', url: null }, actors: [], events: [], quotes: [], diagnostics: [] };
  const lines = formatArticleText(copy, 80).split('\n');
  assert.ok(lines.includes('  copy of: reuters-1 (exact copy; see sitrep article reuters-1)'));
  for (const l of lines) assert.ok([...l].length <= 80, l);
});
