import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksBinary } from './looks-binary.js';

const rows: [string, string, boolean][] = [
  ['prose', 'The minister said on Monday that talks would resume.\n\nMore text.', false],
  ['tabs and carriage returns', 'a\tb\r\nc\fd', false],
  ['empty', '', false],
  ['a NUL', 'PK\u0003\u0004\u0000\u0000', true],
  ['many control characters', 'ab\u0001\u0002\u0003\u0004cd', true],
  ['a few control characters', `${'x'.repeat(100)}\u0001`, false],
];

for (const [name, text, expected] of rows) {
  test(`looksBinary: ${name}`, () => assert.equal(looksBinary(text), expected));
}
