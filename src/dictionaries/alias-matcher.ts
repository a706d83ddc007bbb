import { foldAlias } from './fold-text.js';

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

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127 || (code >= 65 && code <= 90);

/**
 * A fast multi-pattern matcher for dictionary aliases, built once. It walks the folded text word by
 * word and looks up growing word sequences in a hash of aliases, stopping as soon as no alias
 * starts with the words read so far. Matches are leftmost-longest and never overlap.
 */
export class AliasMatcher<T> {
  private readonly full = new Map<string, Payload<T>[]>();
  private readonly prefixes = new Set<string>();

  /** Adds an alias; its case decides how strictly it matches ("US" only in capitals, "Turkey" only capitalised). */
  add(alias: string, value: T): void {
    const key = foldAlias(alias).replace(/\.$/, '');
    if (key.length === 0) return;
    const rule = caseRuleOf(alias);
    const list = this.full.get(key);
    if (list) {
      if (!list.some((p) => p.value === value && p.rule === rule)) list.push({ value, rule });
    } else this.full.set(key, [{ value, rule }]);
    for (let i = 0; i < key.length; i++) {
      if (!isWordChar(key.charCodeAt(i)) && i > 0 && isWordChar(key.charCodeAt(i - 1))) this.prefixes.add(key.slice(0, i));
    }
  }

  /** How many distinct aliases the matcher holds. */
  get size(): number {
    return this.full.size;
  }

  /** Finds every alias in `original` (whose folded form, from foldText, is `folded`). */
  match(original: string, folded: string): AliasMatch<T>[] {
    const out: AliasMatch<T>[] = [];
    const n = folded.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(folded.charCodeAt(i)) || (i > 0 && isWordChar(folded.charCodeAt(i - 1)))) { i++; continue; }
      let best: AliasMatch<T> | null = null;
      let j = i;
      while (j < n) {
        while (j < n && isWordChar(folded.charCodeAt(j))) j++;
        const key = folded.slice(i, j);
        const payloads = this.full.get(key);
        if (payloads) {
          const values = payloads.filter((p) => caseAgrees(p.rule, original, i, j)).map((p) => p.value);
          if (values.length > 0) best = { start: i, end: j, values };
        }
        if (!this.prefixes.has(key)) break;
        // step over the separator(s) to the next word: "u.s", "al jolani", "o'brien"
        while (j < n && !isWordChar(folded.charCodeAt(j))) {
          j++;
          if (this.prefixes.has(folded.slice(i, j)) || this.full.has(folded.slice(i, j))) break;
        }
      }
      if (best) { out.push(best); i = best.end; } else i++;
    }
    return out;
  }
}

function caseRuleOf(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'acronym';
  const first = alias.charAt(0);
  if (first !== first.toLowerCase()) return 'capitalised';
  return 'any';
}

function caseAgrees(rule: CaseRule, original: string, start: number, end: number): boolean {
  if (rule === 'any') return true;
  const first = original.charAt(start);
  if (rule === 'capitalised') return first !== first.toLowerCase();
  const slice = original.slice(start, end);
  return slice === slice.toUpperCase();
}
