import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../src/app/index.js';
import { toArticleId } from '../src/domain/index.js';
import { runSentenceTable } from './sentence-table.js';

// Table test of actor resolution: every row of test/lexicon/actors.tests.tsv runs through the whole
// pipeline and its expectations are checked against the actors found (entries, and which entry a
// given mention's actor has).
runSentenceTable('test/lexicon/actors.tests.tsv', (analysis, want) => {
  const actors = analysis.actors ?? [];
  const entries = actors.flatMap((a) => (a.entry ? [a.entry as string] : []));
  const found = actors.map((a) => `${a.name}=${a.entry ?? '?'}`).join(', ') || 'no actor';
  if (want.startsWith('!')) { assert.ok(!entries.includes(want.slice(1)), `unexpected ${want.slice(1)} among ${found}`); return; }
  if (want.startsWith('-')) {
    const text = want.slice(1).replace(/_/g, ' ');
    assert.ok(!actors.some((a) => a.mentions.some((m) => m.text.includes(text))), `no actor should be named "${text}": found ${found}`);
    return;
  }
  const [words, entry] = want.includes('=') ? want.split('=') : [null, want];
  if (words === null || words === undefined) { assert.ok(entries.includes(entry ?? ''), `expected ${entry} among ${found}`); return; }
  const text = words.replace(/_/g, ' ');
  const actor = actors.find((a) => a.mentions.some((m) => m.text === text));
  assert.equal(actor?.entry, entry, `the actor of "${text}": found ${found}`);
});

test('an actor diagnostic points at the mention with a plain span', () => {
  const text = 'Zorvath Kelemir met Turkey\'s foreign minister in Ankara on Monday.';
  const doc = createExtractor().extract({ id: toArticleId('t'), title: null, text, published: '2023-01-04', outlet: null, url: null });
  const unknown = doc.diagnostics.find((d) => d.code === 'actor/unknown');
  assert.ok(unknown?.span, `an actor/unknown diagnostic in ${JSON.stringify(doc.diagnostics)}`);
  assert.deepEqual(Object.keys(unknown.span), ['start', 'end']);
  assert.equal(text.slice(unknown.span.start, unknown.span.end), 'Zorvath Kelemir');
});
