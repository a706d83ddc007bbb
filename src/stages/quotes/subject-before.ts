import type { Token } from '../../domain/index.js';
import { skipParenthesisBack } from './skip-parenthesis.js';
import { phraseBefore, type TokenRange } from './speaker-phrase.js';
import { isSpeechVerb } from './speech-verbs.js';

const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
const STOPS = new Set(['.', ';', '"', '\u201c', '\u201d', '\u00ab', '\u00bb']);
const MAX_CLAUSE = 25;

/**
 * The subject of the speech verb at token `v`: "*Akar* also said", "*Jason Chaffetz* (R-Utah) said",
 * past a relative clause or apposition "*Akar*, who met Putin on Monday, said", and for a
 * participle the subject of the verb before it, "*the daily* wrote, adding".
 */
export function subjectBefore(tokens: readonly Token[], v: number, floor: number, nested = false): TokenRange | null {
  let i = v;
  while (i > floor && v - i < 3 && BETWEEN.has(tokens[i - 1]?.pos ?? '')) i--;
  i = skipParenthesisBack(tokens, i, floor);
  const direct = phraseBefore(tokens, i, floor);
  if (direct || tokens[i - 1]?.text !== ',') return direct;
  for (let c = i - 2; c >= floor && c > i - MAX_CLAUSE; c--) {
    const t = tokens[c];
    if (!t || STOPS.has(t.text)) return null;
    const verbSubject = !nested && isSpeechVerb(t) ? subjectBefore(tokens, c, floor, true) : null;
    if (verbSubject) return verbSubject;
    if (t.text === ',') return phraseBefore(tokens, skipParenthesisBack(tokens, c, floor), floor);
  }
  return null;
}
