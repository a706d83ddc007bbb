import { firstTokenFrom, type Token } from '../../domain/index.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { isCueBoundary, type QuoteContext } from './quote-context.js';
import { isAccordingTo, isSpeechVerb } from './speech-verbs.js';
import { skipParenthesis } from './skip-parenthesis.js';
import { phraseAfter, type TokenRange } from './speaker-phrase.js';

const WINDOW = 40;
const APPOSITION = 24;
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015', '--']);
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/**
 * The words naming the speaker in a cue right after a quote: `"...," Akar said`, `"...," said Akar`,
 * `"...," he told reporters`, `"...," according to Akar`, `"..." — Akar`.
 */
export function findCueAfter(ctx: QuoteContext, quote: QuoteSpan): TokenRange | null {
  if (quote.close === null) return null;
  const { tokens } = ctx;
  const paragraphEnd = ctx.paragraphs[quote.paragraph]?.end ?? ctx.text.length;
  let k = firstTokenFrom(tokens, quote.close + 1);
  let limit = k;
  while (limit < tokens.length && limit - k < WINDOW && (tokens[limit]?.start ?? Infinity) < paragraphEnd && !isCueBoundary(ctx, limit)) limit++;
  let dash = false;
  for (; k < limit && (tokens[k]?.text === ',' || DASHES.has(tokens[k]?.text ?? '')); k++) dash ||= DASHES.has(tokens[k]?.text ?? '');
  if (isAccordingTo(tokens, k)) return phraseAfter(tokens, k + 2, limit);
  if (isSpeechVerb(tokens[k])) return phraseAfter(tokens, k + 1, limit);
  const subject = phraseAfter(tokens, k, limit);
  if (!subject) return null;
  // "Jason Chaffetz (R-Utah) said", "Akar, the defence minister, said"
  let j = skipParenthesis(tokens, subject.last, limit);
  if (tokens[j]?.text === ',') {
    const next = nextComma(tokens, j + 1, limit);
    if (next > 0) j = next + 1;
  }
  for (let n = 0; n < 3 && j < limit && BETWEEN.has(tokens[j]?.pos ?? ''); n++) j++;
  if (j < limit && isSpeechVerb(tokens[j])) return subject;
  // `"..." ― Pamela Padilla`
  if (dash && hasProperName(tokens, subject)) return subject;
  return null;
}

function nextComma(tokens: readonly Token[], from: number, limit: number): number {
  for (let i = from; i < limit && i < from + APPOSITION; i++) if (tokens[i]?.text === ',') return i;
  return -1;
}

function hasProperName(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i < range.last; i++) if (tokens[i]?.pos === 'PROPN') return true;
  return false;
}
