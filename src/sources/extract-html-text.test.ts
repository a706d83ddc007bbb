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
  ['share, related and cookie blocks are left out by class or id',
    '<article><p>Talks resumed.</p><div class="share-tools"><p>Share on X</p></div><section id="relatedStories"><p>Other story</p></section>'
      + '<p>Both sides attended.</p></article><div class="cookie-banner"><p>We use cookies to improve things.</p></div>',
    'Talks resumed.\n\nBoth sides attended.'],
  ['ARIA landmarks and screen-reader text are left out',
    '<div role="navigation"><p>Home and more home links</p></div><div><p>Story text here.</p><span class="sr-only">Advertisement</span></div><div role="contentinfo"><p>Copyright notice text</p></div>',
    'Story text here.'],
  ['an inline link named "related" stays in its sentence', '<p>The <a class="related-link">army</a> said so.</p>', 'The army said so.'],
  ['itemprop="articleBody" wins over a longer <article>',
    '<article><p>A long teaser paragraph about something else entirely.</p></article><div itemprop="articleBody"><p>The story.</p></div>', 'The story.'],
  ['itemprop="articleBody" without <p>s', '<nav><div>Menu</div></nav><div itemprop="articleBody"><div>Line one.</div><div>Line two.</div></div>', 'Line one.\n\nLine two.'],
  ['an <article> without paragraphs does not win', '<article><a href="/x">Other story</a></article><div><p>The real story.</p></div>', 'The real story.'],
  ['the densest block inside <main>', '<div><p>Outside main, a long paragraph of site chrome text.</p></div><main><div><p>Inside.</p></div></main>', 'Inside.'],
  ['wrapped paragraphs grow into their story', '<div class="story"><div><p>First paragraph is longest of all.</p></div><div><p>Second one.</p></div><div><p>Third.</p></div></div><div><p>Elsewhere.</p></div>',
    'First paragraph is longest of all.\n\nSecond one.\n\nThird.'],
  ['blocks named like boilerplate are kept when nothing else is left', '<body><div class="sidebar"><p>Only text on the page.</p></div></body>', 'Only text on the page.'],
];

for (const [name, html, expected] of rows) {
  test(`extractHtmlText: ${name}`, () => assert.equal(extractHtmlText(parseHtml(html)), expected));
}
