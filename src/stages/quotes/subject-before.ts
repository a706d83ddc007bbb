import type { Token } from '../../domain/index.js';
import { phraseBefore, type TokenRange } from './speaker-phrase.js';

const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
const MAX_CLAUSE = 25;

/**
 * The subject of the speech verb at token `v`: "*Akar* also said", "*the ministry* has said", and
 * past a relative clause or apposition, "*Akar*, who met Putin on Monday, said".
 */
export function subjectBefore(tokens: readonly Token[], v: number, floor: number): TokenRange | null {
  let i = v;
  while (i > floor && v - i < 3 && BETWEEN.has(tokens[i - 1]?.pos ?? '')) i--;
  const direct = phraseBefore(tokens, i, floor);
  if (direct) return direct;
  if (tokens[i - 1]?.text !== ',') return null;
  for (let c = i - 2; c >= floor && c > i - MAX_CLAUSE; c--) {
    const t = tokens[c];
    if (!t || t.text === '.' || t.text === ';') return null;
    if (t.text === ',') return phraseBefore(tokens, c, floor);
  }
  return null;
}
