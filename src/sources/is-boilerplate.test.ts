import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBoilerplate } from './is-boilerplate.js';
import { parseHtml, walkElements } from './parse-html.js';

/** Rows: an element (the first of the snippet), whether it is boilerplate by tag/role and by name. */
const rows: [string, boolean, boolean][] = [
  ['<nav>x</nav>', true, true],
  ['<script>x</script>', true, true],
  ['<form>x</form>', true, true],
  ['<p hidden>x</p>', true, true],
  ['<div aria-hidden="true">x</div>', true, true],
  ['<div role="complementary">x</div>', true, true],
  ['<div role="main">x</div>', false, false],
  ['<div class="share-bar">x</div>', false, true],
  ['<div class="article__sharing">x</div>', false, true],
  ['<section id="relatedStories">x</section>', false, true],
  ['<div class="cookie-consent">x</div>', false, true],
  ['<div class="gdpr">x</div>', false, true],
  ['<p class="byline">x</p>', false, true],
  ['<ul class="breadcrumbs">x</ul>', false, true],
  ['<div class="ad-slot">x</div>', false, true],
  ['<span class="visually-hidden">x</span>', false, true],
  ['<a class="related-link">x</a>', false, false],
  ['<article class="related">x</article>', false, false],
  ['<div class="header-image shadow">x</div>', false, false],
  ['<div class="loaded story-body">x</div>', false, false],
  ['<div class="shared-content">x</div>', false, false],
];

for (const [html, byTag, byName] of rows) {
  test(`isBoilerplate: ${html}`, () => {
    const [el] = walkElements(parseHtml(html));
    assert.ok(el);
    assert.deepEqual([isBoilerplate(el, false), isBoilerplate(el, true)], [byTag, byName]);
  });
}
