import type { TextSpan, Token } from '../../domain/index.js';

/** A token range `[first, last)` of the words that name a speaker ("Defense Minister Hulusi Akar"). */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const MAX_WORDS = 10;
const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM']);
// tags a capitalised word cannot be part of a name with; wink reads "Don Fowler" as a verb and a name
const CLOSED = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SPACE']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const POSSESSIVE = new Set(["'s", '\u2019s']);
const TITLES = new Set(['rev', 'gen', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'st', 'lt', 'col', 'gov', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'prof', 'jr', 'sr', 'pres', 'amb', 'u.s', 'u.n']);
// "Jordan said Monday", "told reporters", "said in a statement": words that are never the speaker
const NOT_SPEAKERS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'week', 'year', 'month', 'day', 'morning', 'evening', 'night', 'afternoon', 'time', 'statement', 'interview', 'reporters', 'journalists',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Whether token `k` is the full stop of a title written apart from it ("the Rev. Peter Wherry"). */
export function isTitleDot(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k];
  const title = tokens[k - 1];
  return dot?.text === '.' && title !== undefined && title.end === dot.start && TITLES.has(title.lower);
}

// a capitalised word that is not the first of its sentence ("When one analyst" is no name)
function isName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && !CLOSED.has(t.pos) && tokens[k - 1]?.sentence === t.sentence);
}

// the words a speaker phrase is made of besides its determiner: "the New York businessman", "Akar's spokesman", "Rev."
function isInside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (NOMINAL.has(t.pos) || t.pos === 'ADJ' || POSSESSIVE.has(t.lower) || isName(tokens, k) || isTitleDot(tokens, k));
}

/** The speaker phrase that starts at token `k` ("said *the ministry* in a statement"), or null. */
export function phraseAfter(tokens: readonly Token[], k: number, limit: number): TokenRange | null {
  const first = tokens[k];
  if (!first || k >= limit) return null;
  if (first.pos === 'PRON') return PRONOUNS.has(first.lower) ? { first: k, last: k + 1 } : null;
  let j = first.pos === 'DET' ? k + 1 : k;
  while (j < limit && j - k < MAX_WORDS) {
    // "the head of the group"
    if (tokens[j]?.lower === 'of' && j > k && isInside(tokens, j - 1) && (tokens[j + 1]?.pos === 'DET' || isInside(tokens, j + 1))) { j += tokens[j + 1]?.pos === 'DET' ? 2 : 1; continue; }
    if (!isInside(tokens, j)) break;
    j++;
  }
  return hasHead(tokens, k, j) ? { first: k, last: j } : null;
}

/** The speaker phrase that ends just before token `k` ("*Akar* said"), not reaching below `floor`, or null. */
export function phraseBefore(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  const last = tokens[k - 1];
  if (!last || k - 1 < floor) return null;
  if (last.pos === 'PRON') return PRONOUNS.has(last.lower) ? { first: k - 1, last: k } : null;
  let i = k;
  while (i > floor && k - i < MAX_WORDS) {
    const t = tokens[i - 1];
    if (t?.lower === 'of' && i < k && i - 2 >= floor && isInside(tokens, i - 2)) { i--; continue; }
    if (t?.pos === 'DET' && i < k) { i--; break; }
    if (!isInside(tokens, i - 1)) break;
    i--;
  }
  // "of" cannot open the phrase: "head of the group" keeps its head
  while (i < k && (tokens[i]?.lower === 'of' || POSSESSIVE.has(tokens[i]?.lower ?? ''))) i++;
  return hasHead(tokens, i, k) ? { first: i, last: k } : null;
}

function hasHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t && (NOMINAL.has(t.pos) || isName(tokens, i)) && !NOT_SPEAKERS.has(t.lower)) return true;
  }
  return false;
}

/** The character span and text of a token range. */
export function toTextSpan(text: string, tokens: readonly Token[], range: TokenRange): TextSpan {
  const start = tokens[range.first]?.start ?? 0;
  const end = tokens[range.last - 1]?.end ?? start;
  return { text: text.slice(start, end), start, end };
}
