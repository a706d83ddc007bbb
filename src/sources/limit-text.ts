import type { Diagnostic } from '../domain/index.js';

/** The longest text sitrep analyses, in UTF-16 code units (JavaScript string length). */
export const MAX_TEXT_CHARS = 2_000_000;

/** A text cut to the limit, with an `article/truncated` diagnostic when it was cut. */
export interface LimitedText {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

/** Cuts a text longer than the limit at the last sentence end before it, so offsets stay valid for the part kept. */
export function limitText(text: string, max: number = MAX_TEXT_CHARS): LimitedText {
  if (text.length <= max) return { text, diagnostics: [] };
  const cut = findCut(text, max);
  return {
    text: text.slice(0, cut),
    diagnostics: [{
      code: 'article/truncated',
      severity: 'warning',
      message: `the text has ${text.length} characters; only the first ${cut} (up to the last sentence end before the limit of ${max}) are analysed`,
    }],
  };
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const ENDS = new Set(['.', '!', '?', '…']);

/** The end of the last sentence before `max`: a `.`, `!` or `?` (and closing quotes) followed by white space. */
function findCut(text: string, max: number): number {
  let lastSpace = -1;
  for (let i = max; i > 0; i--) {
    if (!/\s/.test(text.charAt(i))) continue;
    if (lastSpace < 0) lastSpace = i;
    let j = i - 1;
    // 'He left." Then' -> the sentence ends after the closing quote.
    while (j > 0 && CLOSERS.has(text.charAt(j))) j--;
    if (ENDS.has(text.charAt(j))) return i;
  }
  if (lastSpace > 0) return lastSpace;
  // No white space at all: cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
