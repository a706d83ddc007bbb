import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_TEXTS } from './contract/sample-texts.js';
import { createMinHashSignature, estimateJaccard, fromSignatureBytes, MIN_HASH, toBandKeys, toShingleHashes, toShingleWords, toSignatureBytes } from './min-hash-signature.js';

function similarity(a: string, b: string): number {
  const [sa, sb] = [createMinHashSignature(a), createMinHashSignature(b)];
  assert.ok(sa && sb, 'both texts are long enough to sign');
  return estimateJaccard(sa, sb);
}

const rows: readonly [string, string, string, (s: number) => boolean][] = [
  ['identical text', SAMPLE_TEXTS.wire, SAMPLE_TEXTS.wire, (s) => s === 1],
  ['case and punctuation differ', SAMPLE_TEXTS.wire, SAMPLE_TEXTS.wire.toUpperCase().replace(/,/g, ' ;'), (s) => s === 1],
  ['one sentence rewritten', SAMPLE_TEXTS.wire, SAMPLE_TEXTS.wireEdited, (s) => s >= MIN_HASH.threshold && s < 1],
  ['different story, same topic', SAMPLE_TEXTS.wire, SAMPLE_TEXTS.otherStory, (s) => s < 0.2],
];

for (const [label, a, b, ok] of rows) {
  test(`MinHash similarity: ${label}`, () => {
    const s = similarity(a, b);
    assert.ok(ok(s), `similarity ${s}`);
  });
}

test('MinHash estimate tracks true Jaccard of shingle sets', () => {
  const words = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
  // 0..300 vs 100..400: |A∩B| ≈ 196, |A∪B| ≈ 396 shingles -> Jaccard ≈ 0.5
  const [a, b] = [words(0, 300), words(100, 400)];
  const truth = [...toShingleHashes(a)].filter((h) => toShingleHashes(b).has(h)).length / new Set([...toShingleHashes(a), ...toShingleHashes(b)]).size;
  const est = similarity(a, b);
  assert.ok(Math.abs(est - truth) < 0.2, `estimate ${est} vs truth ${truth}`);
});

test('short texts get no signature', () => {
  assert.equal(createMinHashSignature('Turkey and Syria held talks in Moscow on Wednesday.'), null);
});

test('band keys: equal for equal signatures, mostly different otherwise; bytes round-trip', () => {
  const [a, b] = [createMinHashSignature(SAMPLE_TEXTS.wire), createMinHashSignature(SAMPLE_TEXTS.otherStory)];
  assert.ok(a && b);
  assert.equal(toBandKeys(a).length, MIN_HASH.bands);
  assert.deepEqual(toBandKeys(a), toBandKeys(fromSignatureBytes(toSignatureBytes(a))));
  const shared = toBandKeys(a).filter((k, i) => toBandKeys(b)[i] === k).length;
  assert.equal(shared, 0);
});

test('shingle words are the runs of letters and digits of the lower-cased NFKC text', () => {
  const reference = (text: string): string[] => text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  for (const text of [
    'Turkey’s defence minister said — on Monday — that “talks” went well.',
    'Hayat Tahrir al-Sham (HTS) ２０２３ ﬁghters: Ａｌｅｐｐｏ, Kobanî, Москва, 北京, دمشق',
    'math 𝐀𝐁𝐂 and 𝟏𝟐 and emoji 😀 between words; tab\tand\nnew line',
    '', '...', 'x',
  ]) assert.deepEqual(toShingleWords(text), reference(text), text);
});
