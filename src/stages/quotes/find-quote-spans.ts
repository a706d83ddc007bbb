import type { Span } from '../../domain/index.js';

/** One stretch of quoted words between quote marks, within one paragraph. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the quote goes on in the next paragraph. */
  readonly close: number | null;
  /** Index of the paragraph the quote lies in. */
  readonly paragraph: number;
  /** Index (in `quotes`) of the first segment of a quote running over several paragraphs; its own index otherwise. */
  readonly chain: number;
}

/** The quotes of a text, its paragraphs, and the quote marks that were never closed. */
export interface QuoteScan {
  readonly quotes: readonly QuoteSpan[];
  readonly paragraphs: readonly Span[];
  readonly unclosed: readonly Span[];
}

type Direction = 'open' | 'close' | 'either' | null;

const SPACE_LIKE = /[\s([{\u2014\u2013\u2015/-]/;
const CLOSE_FOLLOW = /[\s.,;:!?)\]}\u2026\u2014\u2013\u2015-]/;

/**
 * Finds direct quotations marked by `"`, `“ ”` or `« »` in one linear pass. A paragraph that ends
 * inside a quote continues it when the next paragraph opens with a quote mark (the journalistic
 * convention); otherwise the opening mark is reported as unclosed.
 */
export function findQuoteSpans(text: string): QuoteScan {
  const quotes: QuoteSpan[] = [];
  const paragraphs: Span[] = [];
  const unclosed: Span[] = [];
  let paragraphStart = 0;
  let open = -1;
  let chain = -1;
  const push = (start: number, end: number, close: number | null): void => {
    const s = skipSpace(text, start, end);
    const e = trimEnd(text, s, end);
    const index = quotes.length;
    if (chain < 0 && close === null) chain = index;
    if (e > s) quotes.push({ start: s, end: e, open, close, paragraph: paragraphs.length, chain: chain < 0 ? index : chain });
    if (close !== null) chain = -1;
  };
  for (let i = 0; i <= text.length; i++) {
    // only line breaks and quote marks matter: step over the rest by character code, without a string per character
    while (i < text.length && !isMarkCode(text.charCodeAt(i))) i++;
    const c = i < text.length ? text.charAt(i) : '\n';
    if (c === '\n') {
      if (i > paragraphStart && text.slice(paragraphStart, i).trim() !== '') {
        const next = skipSpace(text, i, text.length);
        if (open >= 0 && next < text.length && isReopening(text, next)) {
          push(open + 1, i, null);
          paragraphs.push({ start: paragraphStart, end: i });
          open = next;
          paragraphStart = next;
          i = next;
          continue;
        }
        if (open >= 0) unclosed.push({ start: open, end: trimEnd(text, open, i) });
        open = -1;
        chain = -1;
        paragraphs.push({ start: paragraphStart, end: i });
      }
      paragraphStart = i + 1;
      continue;
    }
    const dir = directionOf(text, i, open >= 0);
    if (dir === null) continue;
    if (dir === 'open' || (dir === 'either' && open < 0)) {
      // “ while a quote is open: the earlier mark was never closed
      if (open >= 0) unclosed.push({ start: open, end: trimEnd(text, open, i) });
      open = i;
    } else if (open >= 0) {
      push(open + 1, i, i);
      open = -1;
    }
  }
  return { quotes, paragraphs, unclosed };
}

/** Whether a character is one of the double quote marks sitrep reads. */
export function isQuoteMark(c: string): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d' || c === '\u00ab' || c === '\u00bb';
}

/** Whether a character code is a line break or a quote mark (see isQuoteMark). */
function isMarkCode(code: number): boolean {
  return code === 10 || code === 34 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb;
}

/** Which way a quote mark at `i` faces, from the mark and the characters around it. */
function directionOf(text: string, i: number, isOpen: boolean): Direction {
  const c = text.charAt(i);
  if (!isQuoteMark(c)) return null;
  const left = i === 0 || SPACE_LIKE.test(text.charAt(i - 1));
  const right = i + 1 >= text.length || CLOSE_FOLLOW.test(text.charAt(i + 1));
  if (c === '"') return left && !right ? 'open' : !left && right ? 'close' : 'either';
  if (c === '\u201c' || c === '\u00ab') return isOpen && !left && right ? 'close' : 'open';
  // ” typed where “ was meant: `said ”We`
  return !isOpen && left && !right ? 'open' : 'close';
}

function isReopening(text: string, at: number): boolean {
  const c = text.charAt(at);
  return (c === '"' || c === '\u201c' || c === '\u00ab' || c === '\u201d') && !/\s/.test(text.charAt(at + 1) || ' ');
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text.charAt(i))) i++;
  return i;
}

// `"We are ready, "` -> the words without the comma that belongs to the attribution
function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /[\s,]/.test(text.charAt(e - 1))) e--;
  return e;
}
