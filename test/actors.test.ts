import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/app/index.js';
import { parseTsv } from '../src/dictionaries/index.js';
import { toArticleId } from '../src/domain/index.js';

// Table test of actor resolution: every row of test/lexicon/actors.tests.tsv runs through the whole
// pipeline and its expectations are checked against the actors found (entries, and which entry a
// given mention's actor has).
const file = 'test/lexicon/actors.tests.tsv';
const rows = parseTsv(readFileSync(file, 'utf8'), file, ['sentence', 'expect']);
const extractor = createExtractor();

for (const row of rows) {
  const sentence = row.cells['sentence'] ?? '';
  const expect = row.cells['expect'] ?? '';
  const todo = expect.startsWith('todo ');
  test(`${file}:${row.line} ${sentence}`, todo ? { todo: 'known gap of the engine' } : {}, () => {
    const analysis = extractor.analyse({ id: toArticleId('t'), title: null, text: sentence, published: '2023-01-02', outlet: null, url: null });
    const actors = analysis.actors ?? [];
    const entries = actors.flatMap((a) => (a.entry ? [a.entry as string] : []));
    const found = actors.map((a) => `${a.name}=${a.entry ?? '?'}`).join(', ') || 'no actor';
    for (const want of expect.replace(/^todo /, '').split(/\s+/)) {
      if (want.startsWith('!')) { assert.ok(!entries.includes(want.slice(1)), `unexpected ${want.slice(1)} among ${found}`); continue; }
      if (want.startsWith('-')) {
        const text = want.slice(1).replace(/_/g, ' ');
        assert.ok(!actors.some((a) => a.mentions.some((m) => m.text.includes(text))), `no actor should be named "${text}": found ${found}`);
        continue;
      }
      const [words, entry] = want.includes('=') ? want.split('=') : [null, want];
      if (words === null || words === undefined) { assert.ok(entries.includes(entry ?? ''), `expected ${entry} among ${found}`); continue; }
      const text = words.replace(/_/g, ' ');
      const actor = actors.find((a) => a.mentions.some((m) => m.text === text));
      assert.equal(actor?.entry, entry, `the actor of "${text}": found ${found}`);
    }
  });
}
