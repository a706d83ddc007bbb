/** Whether a folded character code belongs to a word: ASCII letters and digits, and anything beyond ASCII. */
export const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127 || (code >= 65 && code <= 90);

/**
 * Hashes a word's character codes one by one (FNV-1a): `hashWord(hashWord(WORD_SEED, c1), c2)`...
 * Kept to 30 bits, a small integer that V8 passes around without boxing it.
 */
export const WORD_SEED = 0x011c9dc5;
export const hashWord = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;

/**
 * A character trie of folded keys, compiled from the sorted keys into flat arrays, for the alias
 * matcher. Nodes are numbered breadth-first from the root (0), so that a node's children are
 * consecutive, in the order of their characters, and the much-visited nodes near the root lie
 * together. A hash table finds the node a whole first word leads to in one step.
 */
export class CharTrie<V> {
  private readonly firstChild: Int32Array;
  private readonly childCount: Int32Array;
  private readonly label: Uint16Array;
  private readonly separatorChild: Uint8Array;
  private readonly values: (V | undefined)[] = [];
  private readonly firstWords: FirstWords;

  constructor(entries: ReadonlyMap<string, V>) {
    const keys = [...entries.keys()].sort();
    // node n covers keys[lo[n]..hi[n]), which share their first depth[n] characters
    const lo = [0], hi = [keys.length], depth = [0], label = [0], first: number[] = [], count: number[] = [], separator: number[] = [];
    for (let n = 0; n < lo.length; n++) {
      const d = depth[n] ?? 0;
      let k = lo[n] ?? 0;
      const end = hi[n] ?? 0;
      // a key that ends here sorts first among those sharing its prefix
      this.values.push(keys[k]?.length === d ? entries.get(keys[k++] ?? '') : undefined);
      first.push(lo.length);
      count.push(0);
      separator.push(0);
      while (k < end) {
        const code = keys[k]?.charCodeAt(d) ?? 0;
        const from = k;
        while (k < end && keys[k]?.charCodeAt(d) === code) k++;
        lo.push(from); hi.push(k); depth.push(d + 1); label.push(code);
        count[n] = (count[n] ?? 0) + 1;
        if (!isWordChar(code)) separator[n] = 1;
      }
    }
    this.firstChild = Int32Array.from(first);
    this.childCount = Int32Array.from(count);
    this.label = Uint16Array.from(label);
    this.separatorChild = Uint8Array.from(separator);
    // the nodes a first word leads to that a match can end at or go on from
    const words = new Map<string, number>();
    for (let n = 1; n < lo.length; n++) {
      const word = keys[lo[n] ?? 0]?.slice(0, depth[n]) ?? '';
      if (!isWord(word) || (this.values[n] === undefined && separator[n] === 0)) continue;
      words.set(word, n);
    }
    this.firstWords = new FirstWords(words);
  }

  /** The node that the word `folded[start..end)` leads to from the root, given its hash, or -1. */
  firstWord(folded: Uint16Array, start: number, end: number, hash: number): number {
    return this.firstWords.get(folded, start, end, hash);
  }

  /** The child of `node` along `code`, or -1 (a binary search among its children). */
  child(node: number, code: number): number {
    let low = this.firstChild[node] ?? 0;
    let high = low + (this.childCount[node] ?? 0) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = this.label[mid] ?? 0;
      if (c === code) return mid;
      if (c < code) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** The value of the key that ends at `node`, if one does. */
  valueOf(node: number): V | undefined {
    return this.values[node];
  }

  /** Whether a key goes on from `node` with a separator ("u" in "u.s", "al" in "al jolani"). */
  continuesWithSeparator(node: number): boolean {
    return this.separatorChild[node] === 1;
  }
}

function isWord(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isWordChar(text.charCodeAt(k))) return false;
  return text.length > 0;
}

/** An open-addressing hash table from words (hashed with `hashWord`) to trie nodes. */
class FirstWords {
  private readonly hashes: Int32Array;
  private readonly nodes: Int32Array;
  private readonly words: string[];

  constructor(words: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < 2 * words.size) size *= 2;
    this.hashes = new Int32Array(size);
    this.nodes = new Int32Array(size).fill(-1);
    this.words = new Array<string>(size).fill('');
    for (const [word, node] of words) {
      let hash = WORD_SEED;
      for (let k = 0; k < word.length; k++) hash = hashWord(hash, word.charCodeAt(k));
      let slot = hash & (size - 1);
      while ((this.nodes[slot] ?? -1) >= 0) slot = (slot + 1) & (size - 1);
      this.hashes[slot] = hash;
      this.nodes[slot] = node;
      this.words[slot] = word;
    }
  }

  get(folded: Uint16Array, start: number, end: number, hash: number): number {
    const mask = this.nodes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const node = this.nodes[slot] ?? -1;
      if (node < 0) return -1;
      if (this.hashes[slot] === hash && sameWord(this.words[slot] ?? '', folded, start, end)) return node;
    }
  }
}

function sameWord(word: string, folded: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== folded[start + k]) return false;
  return true;
}
