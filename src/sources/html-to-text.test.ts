import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.js';
import { parseHtml } from './parse-html.js';

/** Rows: HTML, the text with boilerplate left out by name, and the text without that. */
const rows: [string, string, string, string][] = [
  ['paragraphs and line breaks', '<p>One<br>two</p><p>Three</p>', 'One\ntwo\n\nThree', 'One\ntwo\n\nThree'],
  ['a bare text run', 'Just  words', 'Just words', 'Just words'],
  ['a named block', '<p>Text.</p><div class="share">Share</div>', 'Text.', 'Text.\n\nShare'],
  ['tags are always left out', '<p>Text.</p><nav>Menu</nav><script>x</script>', 'Text.', 'Text.'],
  ['preformatted text is kept as written', '<pre>  a\n  b</pre>', '  a\n  b', '  a\n  b'],
];

for (const [name, html, byName, plain] of rows) {
  test(`htmlToText: ${name}`, () => {
    const root = parseHtml(html);
    assert.deepEqual([htmlToText(root, true), htmlToText(root, false)], [byName, plain]);
  });
}
