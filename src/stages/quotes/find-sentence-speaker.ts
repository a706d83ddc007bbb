import type { QuoteContext } from './quote-context.js';
import { isAccordingTo, isSpeechVerb } from './speech-verbs.js';
import { phraseAfter, type TokenRange } from './speaker-phrase.js';
import { subjectBefore } from './subject-before.js';

/**
 * The words naming who speaks in a sentence, outside its quotations: "*Akar* said the talks had
 * failed", "according to *the ministry*". Used for a quote with no cue of its own.
 */
export function findSentenceSpeaker(ctx: QuoteContext, sentence: number): TokenRange | null {
  const s = ctx.sentences[sentence];
  if (!s) return null;
  const { tokens } = ctx;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[t.start] === 1) continue;
    if (isAccordingTo(tokens, k)) return phraseAfter(tokens, k + 2, s.tokenEnd);
    if (!isSpeechVerb(t)) continue;
    const subject = subjectBefore(tokens, k, s.tokenStart);
    if (subject && ctx.quoted[tokens[subject.first]?.start ?? 0] !== 1) return subject;
    if (tokens[k + 1]?.pos === 'PROPN') return phraseAfter(tokens, k + 1, s.tokenEnd);
  }
  return null;
}
