import type { Actor, TextSpan } from '../../domain/index.js';
import type { QuoteSpan } from './find-quote-spans.js';
import type { QuoteContext } from './quote-context.js';
import { PERSON_PRONOUNS, SPEAKER_NOUN_KINDS } from './speaker-nouns.js';
import type { TokenRange } from './speaker-phrase.js';

const PERSON = ['person'] as const;

/**
 * The actor the words naming a speaker stand for: the actor mentioned there; for "he"/"she" the last
 * person named before the quote or cue; for "the ministry" the last actor of a fitting kind; else null.
 */
export function resolveSpeaker(ctx: QuoteContext, phrase: TokenRange, span: TextSpan, quote: QuoteSpan): Actor | null {
  const named = ctx.actors.overlapping(span);
  if (named) return named;
  const before = Math.min(span.start, quote.open);
  const head = ctx.tokens[phrase.last - 1]?.lower ?? '';
  if (phrase.last - phrase.first === 1 && PERSON_PRONOUNS.has(head)) return ctx.actors.recentBefore(before, PERSON);
  // "a source said": someone not named before
  const determiner = ctx.tokens[phrase.first]?.lower;
  if (determiner === 'a' || determiner === 'an') return null;
  const kinds = SPEAKER_NOUN_KINDS.get(head);
  return kinds ? ctx.actors.recentBefore(before, kinds) : null;
}
