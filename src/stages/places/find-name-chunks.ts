import type { Token } from '../../domain/index.js';
import { NOT_PLACES } from './place-cues.js';

/** A run of capitalised words that may name a place, as a token range and a character span. */
export interface NameChunk {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
}

// lower-case words inside a name: "Ras al-Ain", "Deir ez-Zor", "Leon de los Aldama", "Mazar i Sharif"
const PARTICLES = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'ed', 'es', 'an', 'at', 'bin', 'ibn', 'bani', 'i', 'e', 'y',
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'los', 'van', 'von', 'sur', 'am',
]);
const CLOSED_CLASSES = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM']);

/**
 * Finds the runs of capitalised words in tokens `[from, to)` (one sentence), joining the pieces of
 * hyphenated names by their character offsets: "Mazar-i-Sharif", "Ras al-Ain", "Deir ez-Zor".
 * A sentence's first word starts a run only when tagged a proper noun ("Clashes erupted" does not).
 */
export function findNameChunks(tokens: readonly Token[], from: number, to: number): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = from;
  while (i < to) {
    const first = tokens[i];
    if (first === undefined || !isNameWord(first) || (i === from && first.pos !== 'PROPN')) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < to) {
      const next = joinedAt(tokens, j, to);
      if (next < 0) break;
      last = next;
      j = next + 1;
    }
    chunks.push({ tokenStart: i, tokenEnd: last + 1, start: first.start, end: tokens[last]?.end ?? first.end });
    i = last + 1;
  }
  return chunks;
}

/** The index of the last token joined to the name when token `j` continues it, or -1. */
function joinedAt(tokens: readonly Token[], j: number, to: number): number {
  const prev = tokens[j - 1];
  const token = tokens[j];
  if (prev === undefined || token === undefined) return -1;
  const after = tokens[j + 1];
  if (token.start === prev.end) {
    // "Mazar" "-" "i" "-" "Sharif": a hyphen glued to letters on both sides
    if (/^[-\u2010\u2011]$/.test(token.text) && j + 1 < to && after !== undefined && after.start === token.end && /^\p{L}/u.test(after.text)) return j + 1;
    return -1;
  }
  if (isNameWord(token)) return j;
  // "Ras al-Ain", "Leon de los Aldama": a particle, then more of the name
  if (PARTICLES.has(token.lower) && after !== undefined && j + 1 < to && (after.start === token.end || isNameWord(after) || PARTICLES.has(after.lower))) {
    const rest = joinedAt(tokens, j + 1, to);
    return rest < 0 ? -1 : rest;
  }
  return -1;
}

function isNameWord(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  // ASCII told apart directly, as nearly every token starts with it: only A-Z is a capital
  if (code < 128) {
    if (code < 65 || code > 90) return false;
  } else {
    const first = token.text.charAt(0);
    if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  }
  return !CLOSED_CLASSES.has(token.pos) && !NOT_PLACES.has(token.lower);
}
