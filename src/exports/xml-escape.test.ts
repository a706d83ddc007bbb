import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml } from './xml-escape.js';

const rows: [string | number, string][] = [
  ['plain', 'plain'],
  ['Tom & Jerry', 'Tom &amp; Jerry'],
  ['<b>', '&lt;b&gt;'],
  [`"double" 'single'`, '&quot;double&quot; &apos;single&apos;'],
  ['&amp;', '&amp;amp;'],
  ['bell\u0007 nul\u0000 tab\t nl\n', 'bell nul tab\t nl\n'],
  ['lone \uD800 surrogate', 'lone  surrogate'],
  ['emoji 😀 kept', 'emoji 😀 kept'],
  ['\uFFFE\uFFFF', ''],
  [-3.5, '-3.5'],
];

for (const [value, expected] of rows) {
  test(`escapeXml(${JSON.stringify(value)})`, () => assert.equal(escapeXml(value), expected));
}
