import { firstTokenFrom, type Actor, type TextSpan } from '../../domain/index.js';
import { findCueAfter } from './find-cue-after.js';
import { findCueBefore } from './find-cue-before.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { findSentenceSpeaker } from './find-sentence-speaker.js';
import type { QuoteContext } from './quote-context.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { toTextSpan, type TokenRange } from './speaker-phrase.js';

/** A quotation kept as a quote, with its speaker and the words naming the speaker, when found. */
export interface Attribution {
  readonly quote: QuoteSpan;
  readonly speaker: Actor | null;
  readonly speakerMention: TextSpan | null;
}

interface Draft {
  readonly quote: QuoteSpan;
  /** Sentences of the first and last quoted word. */
  readonly first: number;
  readonly last: number;
  found: boolean;
  speaker: Actor | null;
  speakerMention: TextSpan | null;
}

// shorter quotes are scare quotes or titles unless a speech verb stands next to them
const MIN_WORDS = 4;
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/**
 * Keeps the quotations that are quotes and finds their speakers, in this order: a cue after the
 * quote, a cue before it, the quote a continued quote goes on from or the speaker of the sentence
 * before, the speaker named in the sentence after; a quote over several paragraphs keeps one speaker.
 */
export function attributeQuotes(ctx: QuoteContext, quotes: readonly QuoteSpan[]): Attribution[] {
  const drafts: Draft[] = [];
  const byIndex = new Map<number, Draft>();
  const settle = (d: Draft, phrase: TokenRange): void => {
    const span = toTextSpan(ctx.text, ctx.tokens, phrase);
    Object.assign(d, { found: true, speakerMention: span, speaker: resolveSpeaker(ctx, phrase, span, d.quote) });
  };
  const copy = (d: Draft, from: Draft): void => {
    Object.assign(d, { found: true, speaker: from.speaker, speakerMention: from.speakerMention });
  };
  quotes.forEach((quote, index) => {
    const after = findCueAfter(ctx, quote);
    const before = after ? null : findCueBefore(ctx, quote);
    const inChain = quote.chain !== index || quote.close === null;
    if (!inChain && !after && !before?.adjacent && !hasWords(ctx.text, quote, MIN_WORDS)) return;
    const d: Draft = { quote, first: sentenceAt(ctx, quote.start), last: sentenceAt(ctx, quote.end - 1), found: false, speaker: null, speakerMention: null };
    const phrase = after ?? before?.phrase;
    if (phrase) settle(d, phrase);
    drafts.push(d);
    byIndex.set(index, d);
  });
  // (5) a quote running over paragraphs: the segment with a cue speaks for all
  const chainSpeaker = new Map<number, Draft>();
  for (const d of drafts) if (d.found && !chainSpeaker.has(d.quote.chain)) chainSpeaker.set(d.quote.chain, d);
  const sentenceSpeakers = new Map<number, TokenRange | null>();
  const speakerOf = (s: number): TokenRange | null => {
    if (!sentenceSpeakers.has(s)) sentenceSpeakers.set(s, findSentenceSpeaker(ctx, s));
    return sentenceSpeakers.get(s) ?? null;
  };
  let previous: Draft | null = null;
  for (const d of drafts) {
    const chained = chainSpeaker.get(d.quote.chain);
    if (!d.found && chained) copy(d, chained);
    if (!d.found) attributeAlone(ctx, d, previous, speakerOf, settle, copy);
    if (d.found) previous = d;
  }
  return drafts.map((d) => ({ quote: d.quote, speaker: d.speaker, speakerMention: d.speakerMention }));
}

// (3) a quote with no cue: it continues the quote or the speech of the sentence before or an earlier quote of its paragraph, or the next sentence names its speaker
function attributeAlone(ctx: QuoteContext, d: Draft, previous: Draft | null, speakerOf: (s: number) => TokenRange | null,
  settle: (d: Draft, phrase: TokenRange) => void, copy: (d: Draft, from: Draft) => void): void {
  if (previous && previous.last >= d.first - 1) return copy(d, previous);
  const before = d.first > 0 ? speakerOf(d.first - 1) : null;
  if (before) return settle(d, before);
  // `"...," Obama said. He did not suggest retaliation. "Our goal is..."`
  if (previous && previous.quote.paragraph === d.quote.paragraph) return copy(d, previous);
  const next = ctx.sentences[d.last + 1];
  const paragraphEnd = ctx.paragraphs[d.quote.paragraph]?.end ?? 0;
  const after = next && next.start < paragraphEnd ? speakerOf(d.last + 1) : null;
  if (after) settle(d, after);
}

function sentenceAt(ctx: QuoteContext, offset: number): number {
  const k = firstTokenFrom(ctx.tokens, offset + 1) - 1;
  return ctx.tokens[k]?.sentence ?? 0;
}

function hasWords(text: string, quote: QuoteSpan, n: number): boolean {
  WORD.lastIndex = quote.start;
  let count = 0;
  for (let m = WORD.exec(text); m && m.index < quote.end; m = WORD.exec(text)) if (++count >= n) return true;
  return false;
}
