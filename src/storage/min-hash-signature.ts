/**
 * MinHash signatures of article texts for near-duplicate detection: word 5-shingles of the
 * normalised text, 64 hash functions, banded 16 x 4 for locality-sensitive lookup. Changing any
 * constant or the hash functions invalidates stored signatures (a migration must recompute them).
 */
export const MIN_HASH = {
  /** Words per shingle. */
  shingle: 5,
  hashes: 64,
  bands: 16,
  rows: 4,
  /**
   * Estimated Jaccard similarity from which an article is a near-duplicate of another. Rewriting one
   * sentence of eight in a 215-word wire story gives a true Jaccard of 0.78 (longer stories score
   * higher); independent stories on the same topic score below 0.1. The estimate's standard error
   * with 64 hashes is about 0.05, hence 0.7 rather than 0.8.
   */
  threshold: 0.7,
  /** Texts with fewer shingles (about 24 words) are too short to call near-duplicates. */
  minShingles: 20,
} as const;

/** A text's MinHash signature: the minimum of each hash function over its shingles. */
export type MinHashSignature = Uint32Array;

// murmur3's 32-bit finaliser: a bijection with good avalanche, so `fmix32(h ^ seed)` is a
// different pseudo-random permutation of shingle hashes for every seed.
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: MIN_HASH.hashes }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** FNV-1a, finalised, of `words[from..to)` joined by single spaces (without building that string). */
function hashWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const w = words[j] ?? '';
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  }
  return fmix32(h);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether each ASCII character is a letter or digit. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The words of a text with case, accents' composition and punctuation normalised away: the runs of
 * letters and digits of its lower-cased NFKC form. A scan rather than a split on a Unicode class,
 * which took half of a signature's time; characters beyond ASCII are tested one code point at a time.
 */
export function toShingleWords(text: string): readonly string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (c < 128) isWord = ASCII_WORD[c] === 1;
    else {
      const point = s.codePointAt(i) ?? c;
      width = point > 0xffff ? 2 : 1;
      isWord = WORD_CHAR.test(String.fromCodePoint(point));
    }
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) { words.push(s.slice(start, i)); start = -1; }
    i += width;
  }
  if (start >= 0) words.push(s.slice(start));
  return words;
}

/** The hashed word 5-shingles of a text in order, repeats included (a shorter text is one shingle). */
function toShingleArray(text: string): Uint32Array {
  const words = toShingleWords(text);
  const out = new Uint32Array(words.length === 0 ? 0 : Math.max(1, words.length - MIN_HASH.shingle + 1));
  for (let i = 0; i < out.length; i++) out[i] = hashWords(words, i, Math.min(words.length, i + MIN_HASH.shingle));
  return out;
}

/** The distinct hashed word 5-shingles of a text (a shorter text is one shingle). */
export function toShingleHashes(text: string): ReadonlySet<number> {
  return new Set(toShingleArray(text));
}

/** The MinHash signature of a text, or null when the text is too short to compare fairly. */
export function createMinHashSignature(text: string): MinHashSignature | null {
  const shingles = toShingleArray(text);
  if (shingles.length < MIN_HASH.minShingles || new Set(shingles).size < MIN_HASH.minShingles) return null;
  const sig = new Uint32Array(MIN_HASH.hashes).fill(0xffffffff);
  // a repeated shingle cannot lower a minimum twice, so repeats need not be removed
  for (let k = 0; k < shingles.length; k++) {
    const h = shingles[k] ?? 0;
    for (let i = 0; i < MIN_HASH.hashes; i++) {
      const v = fmix32(h ^ (SEEDS[i] ?? 0));
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

/** The share of equal positions of two signatures: an estimate of their texts' Jaccard similarity. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  let same = 0;
  for (let i = 0; i < MIN_HASH.hashes; i++) if (a[i] === b[i]) same++;
  return same / MIN_HASH.hashes;
}

/** One 32-bit key per band (its index and 4 rows hashed together), for the band index table. */
export function toBandKeys(sig: MinHashSignature): readonly number[] {
  const keys: number[] = [];
  for (let band = 0; band < MIN_HASH.bands; band++) {
    let h = fmix32(Math.imul(band + 1, 0x9e3779b9));
    for (let r = 0; r < MIN_HASH.rows; r++) h = fmix32((h ^ (sig[band * MIN_HASH.rows + r] ?? 0)) + 0x6a09e667);
    // Stored as a signed 32-bit integer: SQLite and PostgreSQL (integer) both hold it.
    keys.push(h | 0);
  }
  return keys;
}

/** The signature as little-endian bytes, for a BLOB / bytea column. */
export function toSignatureBytes(sig: MinHashSignature): Buffer {
  const out = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => out.writeUInt32LE(v, i * 4));
  return out;
}

/** The signature stored by `toSignatureBytes`. */
export function fromSignatureBytes(bytes: Uint8Array): MinHashSignature {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.byteLength / 4 }, (_, i) => buf.readUInt32LE(i * 4));
}
