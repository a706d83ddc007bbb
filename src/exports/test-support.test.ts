import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXml } from './test-support.js';

// The XML check the network tests rely on must itself reject what is not well-formed.
const rows: [string, boolean][] = [
  ['<a><b/><c x="1">t</c></a>', true],
  ['<?xml version="1.0"?>\n<a x="&amp;&lt;&#38;"/>', true],
  ['<a><b></a>', false],
  ['<a></b></a>', false],
  ['<a></a></a>', false],
  ['<a>', false],
  ['<a/><b/>', false],
  ['<a>x & y</a>', false],
];

for (const [xml, ok] of rows) {
  test(`parseXml ${ok ? 'accepts' : 'rejects'} ${JSON.stringify(xml)}`, () => {
    if (ok) assert.doesNotThrow(() => parseXml(xml));
    else assert.throws(() => parseXml(xml));
  });
}
