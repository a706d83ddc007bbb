import { CharTrie, hashWord, isWordChar, WORD_SEED } from './char-trie.js';
import { foldAlias, foldCodes } from './fold-text.js';

/** How the case of the text must agree with an alias for a match to count. */
type CaseRule = 'acronym' | 'capitalised' | 'any';

interface Payload<T> {
  readonly value: T;
  readonly rule: CaseRule;
}

/** A dictionary match: the span in the text and every value whose alias matched there. */
export interface AliasMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
}

/**
 * A fast multi-pattern matcher for dictionary aliases, built once. From every word start of the
 * folded text it walks a character trie of the aliases word by word, stopping as soon as no alias
 * starts with the characters read so far. Matches are leftmost-longest and never overlap.
 */
export class AliasMatcher<T> {
  private readonly full = new Map<string, Payload<T>[]>();
  /** Compiled from `full` when first needed after an addition. */
  private trie: CharTrie<Payload<T>[]> | null = null;

  /** Adds an alias; its case decides how strictly it matches ("US" only in capitals, "Turkey" only capitalised). */
  add(alias: string, value: T): void {
    const key = foldAlias(alias).replace(/\.$/, '');
    if (key.length === 0) return;
    const rule = caseRuleOf(alias);
    const list = this.full.get(key);
    if (list) {
      if (!list.some((p) => p.value === value && p.rule === rule)) list.push({ value, rule });
      return;
    }
    this.full.set(key, [{ value, rule }]);
    this.trie = null;
  }

  /** How many distinct aliases the matcher holds. */
  get size(): number {
    return this.full.size;
  }

  /** Finds every alias in `text`. */
  match(text: string): AliasMatch<T>[] {
    return matchEach([this as AliasMatcher<T>] as const, text)[0];
  }

  /**
   * The longest alias starting at the word `folded[i..wordEnd)` (hashed with hashWord) whose case
   * agrees with `original`, if any. It reads the text word by word while the words read so far
   * begin some alias, stepping over the separator(s) between them ("u.s", "al jolani", "o'brien");
   * an alias that ends in a separator ("cpi (maoist)") ends the walk where it is found.
   */
  matchAt(original: string, folded: Uint16Array, i: number, wordEnd: number, wordHash: number): AliasMatch<T> | null {
    const trie = (this.trie ??= new CharTrie(this.full));
    let node = trie.firstWord(folded, i, wordEnd, wordHash);
    if (node < 0) return null;
    const n = folded.length;
    let best: AliasMatch<T> | null = null;
    let wordStart = i;
    let j = wordEnd;
    for (;;) {
      // here a word (or a separator that ends an alias) ends at j, and node stands for folded[i..j)
      const payloads = trie.valueOf(node);
      if (payloads) {
        const values = agreeingValues(payloads, original, i, j);
        if (values.length > 0) best = { start: i, end: j, values };
      }
      if (j === wordStart || !trie.continuesWithSeparator(node)) return best;
      while (j < n && !isWordChar(folded[j] ?? 0)) {
        node = node < 0 ? node : trie.child(node, folded[j] ?? 0);
        j++;
        if (node >= 0 && trie.valueOf(node)) break;
      }
      if (node < 0 || j >= n) return best;
      for (wordStart = j; j < n; j++) {
        const code = folded[j] ?? 0;
        if (!isWordChar(code)) break;
        node = trie.child(node, code);
        if (node < 0) return best;
      }
    }
  }
}

/** The matches of each matcher in the same text, in order. */
export type MatchesOf<M extends readonly AliasMatcher<unknown>[]> = { -readonly [K in keyof M]: M[K] extends AliasMatcher<infer T> ? AliasMatch<T>[] : never };

/**
 * Runs several matchers over one text in a single pass over its words: each keeps its own
 * leftmost-longest matches, exactly as if it had run alone.
 */
export function matchEach<M extends readonly AliasMatcher<unknown>[]>(matchers: M, text: string): MatchesOf<M> {
  const folded = foldCodes(text);
  const found: AliasMatch<unknown>[][] = matchers.map(() => []);
  const next: number[] = matchers.map(() => 0);
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    if (!isWordChar(folded[i] ?? 0)) continue;
    // a word starts at i: read it to its end, hashing it
    let end = i;
    let hash = WORD_SEED;
    for (; end < n; end++) {
      const code = folded[end] ?? 0;
      if (!isWordChar(code)) break;
      hash = hashWord(hash, code);
    }
    const start = i;
    i = end; // folded[end] is no word character, so the next word starts after it
    for (let d = 0; d < matchers.length; d++) {
      if (start < (next[d] ?? 0)) continue;
      const m = matchers[d]?.matchAt(text, folded, start, end, hash);
      if (!m) continue;
      found[d]?.push(m);
      next[d] = m.end;
    }
  }
  return found as MatchesOf<M>;
}

function caseRuleOf(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'acronym';
  const first = alias.charAt(0);
  if (first !== first.toLowerCase()) return 'capitalised';
  return 'any';
}

/** The values of the payloads whose case rule the text from `start` to `end` satisfies, in order. */
function agreeingValues<T>(payloads: readonly Payload<T>[], original: string, start: number, end: number): T[] {
  const values: T[] = [];
  for (const p of payloads) if (caseAgrees(p.rule, original, start, end)) values.push(p.value);
  return values;
}

function caseAgrees(rule: CaseRule, original: string, start: number, end: number): boolean {
  if (rule === 'any') return true;
  const first = original.charAt(start);
  if (rule === 'capitalised') return first !== first.toLowerCase();
  const slice = original.slice(start, end);
  return slice === slice.toUpperCase();
}
