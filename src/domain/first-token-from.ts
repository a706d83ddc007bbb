import type { Token } from './layers.js';

/** The index of the first token that starts at or after `offset` (tokens.length if none), by binary search. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
