import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteSpans } from './find-quote-spans.js';

/** [what the row shows, text, quoted words found, texts of the unclosed quotes (from their mark)] */
const rows: [string, string, string[], string[]][] = [
  ['straight quotes pair up', 'He said "yes" and "no" twice.', ['yes', 'no'], []],
  ['curly quotes', 'She said \u201cwe are ready\u201d today.', ['we are ready'], []],
  ['guillemets', '\u00abNous sommes pr\u00eats\u00bb, dit-il.', ['Nous sommes pr\u00eats'], []],
  ['the comma before the closing mark belongs to the cue', '"We are ready," he said.', ['We are ready'], []],
  ['apostrophes are not quote marks', 'Turkey\u2019s minister said \u2018no\u2019 and "it\'s over".', ["it's over"], []],
  ['a closing mark where the text lacked an opening one is left alone', 'It is over" he said. "Now we go."', ['Now we go.'], []],
  ['\u201d typed for \u201c', 'He said \u201dwe will win\u201d today.', ['we will win'], []],
  ['an opening mark that was never closed', 'He said "we will win.\n\nThe talks ended.', [], ['"we will win.']],
  ['a new opening mark while one is open', 'He said \u201cwe will win. She said \u201cno\u201d.', ['no'], ['\u201cwe will win. She said']],
  ['a quote over two paragraphs', '\u201cWe will fight.\n\u201cWe will win,\u201d he said.', ['We will fight.', 'We will win'], []],
];

for (const [name, text, quoted, unclosed] of rows) {
  test(`findQuoteSpans: ${name}`, () => {
    const scan = findQuoteSpans(text);
    assert.deepEqual(scan.quotes.map((q) => text.slice(q.start, q.end)), quoted);
    assert.deepEqual(scan.unclosed.map((s) => text.slice(s.start, s.end)), unclosed);
  });
}

test('findQuoteSpans: the segments of a quote over paragraphs share their chain', () => {
  const scan = findQuoteSpans('Intro.\n\n"One.\n\n"Two.\n\n"Three," he said. "Other."');
  assert.deepEqual(scan.quotes.map((q) => [q.chain, q.paragraph, q.close === null]), [[0, 1, true], [0, 2, true], [0, 3, false], [3, 3, false]]);
  assert.equal(scan.paragraphs.length, 4);
});
