import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, parseXml, textOf, walkElements } from './parse-html.js';

test('parseHtml builds a tree, decodes entities and closes tags forgivingly', () => {
  const root = parseHtml('<DIV class="a"><p>Tom &amp; Jerry<p>caf&eacute;</div><span>x</span>');
  assert.deepEqual([...walkElements(root)].map((e) => e.tag), ['div', 'p', 'p', 'span']);
  assert.equal(textOf(root), 'Tom & Jerrycaféx');
  const div = root.children[0];
  assert.ok(typeof div === 'object' && div.attrs.class === 'a');
});

test('parseHtml keeps script text raw', () => {
  assert.equal(textOf(parseHtml('<script>if (a<b) {}</script>')), 'if (a<b) {}');
});

test('walkElements and textOf survive very deep nesting', () => {
  const depth = 20_000;
  const root = parseHtml(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
  assert.equal([...walkElements(root)].length, depth);
  assert.equal(textOf(root), 'deep');
});

test('parseXml keeps feed elements: lower-cased prefixed tags, CDATA as text, <link> with text, start offsets', () => {
  const xml = '<?xml version="1.0"?>\n<rss><item><pubDate>x</pubDate><link>https://a</link><content:encoded><![CDATA[<p>Hi</p>]]></content:encoded></item></rss>';
  const root = parseXml(xml);
  const tags = [...walkElements(root)].map((e) => `${e.tag}@${e.start}`);
  assert.deepEqual(tags, ['rss@22', 'item@27', 'pubdate@33', 'link@53', 'content:encoded@75']);
  assert.equal(textOf(root), '\nxhttps://a<p>Hi</p>');
});
