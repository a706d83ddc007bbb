import type { Analysis, Sentence, Span, Token } from '../../domain/index.js';
import { createActorIndex, type ActorIndex } from './actor-index.js';
import type { QuoteScan } from './find-quote-spans.js';
import { isTitleDot } from './speaker-phrase.js';

/** What the speaker rules read about one article: its tokens, sentences, paragraphs, quotes and actors. */
export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Span[];
  /** 1 for every character inside a quotation, its marks included. */
  readonly quoted: Uint8Array;
  readonly actors: ActorIndex;
}

/** Builds the context of the speaker rules from the analysis and the quotes found in its text. */
export function createQuoteContext(analysis: Analysis, scan: QuoteScan): QuoteContext {
  const text = analysis.article.text;
  const quoted = new Uint8Array(text.length + 1);
  for (const q of scan.quotes) quoted.fill(1, q.open, q.close === null ? q.end : q.close + 1);
  return {
    text,
    tokens: analysis.tokens ?? [],
    sentences: analysis.sentences ?? [],
    paragraphs: scan.paragraphs,
    quoted,
    actors: createActorIndex(analysis.actors ?? [], (offset) => quoted[offset] === 1),
  };
}

const STOPS = new Set(['.', '!', '?', ';', '"', '\u201c', '\u201d', '\u00ab', '\u00bb']);

/** Whether token `k` ends the stretch a cue may be found in: a sentence end, a quote mark, or quoted words. */
export function isCueBoundary(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  // "Rep. John Mica (R-Fla.) said": a full stop of a title or inside a parenthesis ends nothing
  const inside = t?.text === '.' && (isTitleDot(ctx.tokens, k) || ctx.tokens[k + 1]?.text === ')');
  return !t || (STOPS.has(t.text) && !inside) || ctx.quoted[t.start] === 1;
}
