import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticleId } from './create-article-id.js';

test('createArticleId is the first 16 hex digits of the SHA-1 of the text', () => {
  // sha1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
  assert.equal(createArticleId('abc'), 'a9993e364706816a');
});

test('createArticleId is stable and differs between texts', () => {
  assert.equal(createArticleId('Talks resumed.'), createArticleId('Talks resumed.'));
  assert.notEqual(createArticleId('Talks resumed.'), createArticleId('Talks resumed!'));
});
