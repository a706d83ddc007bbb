import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtmlText } from './extract-html-text.js';
import { parseHtml } from './parse-html.js';

const rows: [string, string, string][] = [
  ['the <article>, without nav/aside/script/h1',
    '<nav><p>Menu</p></nav><article><h1>T</h1><p>One.</p><aside><p>Ad</p></aside><script>x()</script><p>Two &amp; three.</p></article><footer><p>(c)</p></footer>',
    'One.\n\nTwo & three.'],
  ['the longest of several <article>s', '<article><p>Short.</p></article><article><p>This one is longer.</p></article>', 'This one is longer.'],
  ['the densest block of <p>s', '<div><p>Home</p><p>News</p></div><div><p>The long article paragraph one.</p><p>And two.</p></div>',
    'The long article paragraph one.\n\nAnd two.'],
  ['white space collapsed inside a paragraph', '<p>  Talks\n   resumed\u00a0today. </p>', 'Talks resumed today.'],
  ['<br> keeps a line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
  ['subheadings and list items are paragraphs', '<article><p>Intro.</p><h2>Sub</h2><ul><li>a</li><li>b</li></ul></article>', 'Intro.\n\nSub\n\na\n\nb'],
  ['inline elements stay inline', '<p>The <em>army</em> <a href="#">said</a> so.</p>', 'The army said so.'],
  ['hidden elements are left out', '<article><p>Seen.</p><p hidden>Unseen.</p><div aria-hidden="true">No.</div></article>', 'Seen.'],
  ['a body without <p>', '<body><div>Only a div.</div><div>Another.</div></body>', 'Only a div.\n\nAnother.'],
  ['a page with no text', '<html><head><title>x</title></head><body><script>1</script></body></html>', ''],
];

for (const [name, html, expected] of rows) {
  test(`extractHtmlText: ${name}`, () => assert.equal(extractHtmlText(parseHtml(html)), expected));
}
