import { firstTokenFrom } from '../../domain/index.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { isCueBoundary, type QuoteContext } from './quote-context.js';
import { isAccordingTo, isSpeechVerb } from './speech-verbs.js';
import { phraseAfter, type TokenRange } from './speaker-phrase.js';
import { subjectBefore } from './subject-before.js';

/** A cue before a quote: the words naming the speaker, and whether the speech verb stands next to the quote. */
export interface CueBefore {
  readonly phrase: TokenRange;
  readonly adjacent: boolean;
}

const WINDOW = 20;
// tokens allowed between the verb and an adjacent quote: `said: "`, `told reporters, "`, `said that "`
const ADJACENT = 3;

/**
 * The words naming the speaker in a cue before a quote in the same sentence: `Akar said: "..."`,
 * `Akar said that "..."`, `Akar, who ..., said "..."`, `He warned, "..."`, `According to Akar, "..."`;
 * a paragraph ending in a colon introduces a quote in the next one.
 */
export function findCueBefore(ctx: QuoteContext, quote: QuoteSpan): CueBefore | null {
  const { tokens, text } = ctx;
  const open = firstTokenFrom(tokens, quote.open);
  const floor = firstTokenFrom(tokens, floorOffset(ctx, quote));
  for (let j = open - 1; j >= floor && j >= open - WINDOW; j--) {
    if (isCueBoundary(ctx, j)) return null;
    if (isAccordingTo(tokens, j)) {
      const phrase = phraseAfter(tokens, j + 2, open);
      return phrase ? { phrase, adjacent: true } : null;
    }
    const verb = tokens[j];
    if (!verb || !isSpeechVerb(verb)) continue;
    const sentenceStart = ctx.sentences[verb.sentence]?.tokenStart ?? floor;
    const adjacent = open - j - 1 <= ADJACENT || /^[\s:,]*$/.test(text.slice(verb.end, quote.open));
    const subject = subjectBefore(tokens, j, Math.max(floor, sentenceStart));
    if (subject) return { phrase: subject, adjacent };
    // `said Akar: "..."`
    const inverted = tokens[j + 1]?.pos === 'PROPN' ? phraseAfter(tokens, j + 1, open) : null;
    return inverted ? { phrase: inverted, adjacent } : null;
  }
  return null;
}

// the start of the quote's paragraph, or of the one before when it ends in a colon
function floorOffset(ctx: QuoteContext, quote: QuoteSpan): number {
  const here = ctx.paragraphs[quote.paragraph]?.start ?? 0;
  const before = ctx.paragraphs[quote.paragraph - 1];
  return before && /:\s*$/.test(ctx.text.slice(before.end - 4, before.end)) ? before.start : here;
}
