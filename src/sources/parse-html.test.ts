import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, textOf, walkElements } from './parse-html.js';

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
