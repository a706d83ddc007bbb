import type { Token } from '../../domain/index.js';

const MAX_INSIDE = 8;

/** The index after a parenthesis that opens at token `k` ("Jason Chaffetz *(R-Utah)* said"), or `k` when there is none. */
export function skipParenthesis(tokens: readonly Token[], k: number, limit: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < limit && j <= k + MAX_INSIDE; j++) if (tokens[j]?.text === ')') return j + 1;
  return k;
}

/** The index of the `(` of a parenthesis that closes just before token `k`, or `k` when there is none. */
export function skipParenthesisBack(tokens: readonly Token[], k: number, floor: number): number {
  if (tokens[k - 1]?.text !== ')') return k;
  for (let j = k - 2; j >= floor && j >= k - 1 - MAX_INSIDE; j--) if (tokens[j]?.text === '(') return j;
  return k;
}
