import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitText, MAX_TEXT_CHARS } from './limit-text.js';

const rows: [string, string, number, string][] = [
  ['short text is kept', 'One. Two.', 100, 'One. Two.'],
  ['cut at the last sentence end', 'One two. Three four. Five six seven', 25, 'One two. Three four.'],
  ['closing quote belongs to the sentence', 'He said "go." Then he left and left', 20, 'He said "go."'],
  ['no sentence end: last space', 'alpha beta gamma delta', 12, 'alpha beta'],
  ['no space at all: hard cut', 'abcdefghij', 4, 'abcd'],
  ['never splits a surrogate pair', 'abc😀def', 4, 'abc'],
];

for (const [name, text, max, expected] of rows) {
  test(`limitText: ${name}`, () => {
    const limited = limitText(text, max);
    assert.equal(limited.text, expected);
    assert.deepEqual(limited.diagnostics.map((d) => d.code), text.length > max ? ['article/truncated'] : []);
  });
}

test('limitText cuts a 3 MB text below the default limit, at a sentence end', () => {
  const text = 'The army said the convoy was attacked near the border. '.repeat(55_000);
  const limited = limitText(text);
  assert.ok(text.length > 3_000_000);
  assert.ok(limited.text.length <= MAX_TEXT_CHARS);
  assert.ok(limited.text.endsWith('border.'));
  assert.equal(limited.diagnostics[0]?.code, 'article/truncated');
});
