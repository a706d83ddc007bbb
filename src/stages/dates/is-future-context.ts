/** How far back, in characters, to look for a tense cue; a few words of the same sentence. */
const WINDOW = 70;

/**
 * Words before an expression that put it in the future: "will hold talks Tuesday", "is due to meet
 * on Friday". Not inside hyphenated words ("lower-than-expected earnings after the market closed Wednesday"),
 * nor "next to", the noun "the plan" or the causal "due to the storm".
 */
const FUTURE_CUE = new RegExp(
  '(?<![-\\w])(?:will|shall|would|won[\'’]t|due(?!\\s+to\\b)|(?:is|are|was|were)\\s+due\\s+to|scheduled|' +
  '(?:plans?|planned|planning|intends?|intended)\\s+to|expected|expects?|' +
  'upcoming|next(?!\\s+to\\b)|ahead\\s+of|set\\s+to|going\\s+to|as\\s+(?:soon|early)\\s+as|(?:is|are|am)\\s+to|to\\s+be)\\b|[\'’]ll\\b',
  'gi',
);

/** Words that anchor what follows in the past, cancelling an earlier cue: "said it would close plants, he said on Monday". */
const PAST_CUE = /(?<![-\w])(?:said|says|told|announced|reported|added|confirmed|stated|wrote|did|had)\b/gi;

/** Words whose final dot is no sentence end: "Mr. Smith will speak on Monday", "Daniel P. Davison Feb. 1". */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'maj', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'pres', 'prof', 'rev',
  'st', 'jr', 'sr', 'no', 'co', 'corp', 'inc', 'ltd', 'bros', 'vs', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/** Whether the words before `start`, in the same sentence, point to the future. */
export function isFutureContext(text: string, start: number): boolean {
  const from = sentenceStartBefore(text, start, Math.max(0, start - WINDOW));
  const window = text.slice(from, start);
  const future = lastMatchEnd(FUTURE_CUE, window);
  return future > 0 && future > lastMatchEnd(PAST_CUE, window);
}

/** Where the sentence holding `start` begins, looking no further back than `limit`. */
function sentenceStartBefore(text: string, start: number, limit: number): number {
  for (let i = start - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && !(c === 46 && isAbbreviationBefore(text, i))) return i + 1;
  }
  return limit;
}

/** Whether the dot at `dot` closes an initial or a known abbreviation rather than a sentence. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let begin = dot;
  const limit = Math.max(0, dot - 6);
  while (begin > limit && /[A-Za-z.]/.test(text.charAt(begin - 1))) begin--;
  const word = text.slice(begin, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function lastMatchEnd(pattern: RegExp, window: string): number {
  pattern.lastIndex = 0;
  let end = 0;
  for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) end = match.index + match[0].length;
  return end;
}
