import type { Token } from '../../domain/index.js';
import type { PatternElement } from '../../dictionaries/index.js';

const MAX_GAP = 3;

/**
 * Whether a token is the word a pattern element asks for (by lemma or surface form, and part of
 * speech). A capitalised plural the tagger left unlemmatised ("Shells fell", first in its sentence,
 * read as a proper noun) is its singular.
 */
export function tokenFits(t: Token, e: PatternElement): boolean {
  if (t.lemma !== e.word && t.lower !== e.word && unlemmatisedSingular(t) !== e.word) return false;
  if (e.pos === 'V') return t.pos === 'VERB' || t.pos === 'AUX';
  if (e.pos === 'N') return t.pos === 'NOUN' || t.pos === 'PROPN';
  return true;
}

/** "Shells" first in its sentence, tagged a proper noun and left as it is: its singular, "shell"; else null. */
export function unlemmatisedSingular(t: Token): string | null {
  return t.pos === 'PROPN' && t.lemma === t.lower && t.lower.length > 3 && t.lower.endsWith('s') ? t.lower.slice(0, -1) : null;
}

/**
 * Matches a pattern at token `at` (the first element already fits), within `[at, end)`.
 * Returns the indexes of the tokens that matched each element, or null.
 */
export function matchPattern(tokens: readonly Token[], elements: readonly PatternElement[], at: number, end: number): number[] | null {
  const hits = [at];
  let i = at;
  for (let k = 1; k < elements.length; k++) {
    const e = elements[k];
    if (!e) return null;
    const limit = e.adjacent ? i + 1 : Math.min(end - 1, i + 1 + MAX_GAP);
    let found = -1;
    for (let j = i + 1; j <= limit && j < end; j++) {
      const t = tokens[j];
      if (!t) break;
      if (tokenFits(t, e)) { found = j; break; }
      if (t.pos === 'PUNCT' && t.text !== '-') break;
    }
    if (found < 0) return null;
    hits.push(found);
    i = found;
  }
  return hits;
}
