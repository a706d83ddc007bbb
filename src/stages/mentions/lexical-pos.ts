import type { WinkMethods } from 'wink-nlp';
import { memoise } from '../../domain/index.js';

/** The part of speech the model gives a lower-cased word on its own, or null when its lexicon lacks the word. */
export type LexicalPos = (word: string) => string | null;

/** Words remembered, enough for every capitalised word of a large corpus. */
const MEMORY = 50_000;

/**
 * Builds the lookup of the model's own lexicon: "fresh" -> ADJ, "dozens" -> NOUN, "qalamoun" -> null.
 * A word the model has never seen gets an id past the ones it was shipped with, so the id of a
 * made-up word read first marks where the lexicon ends; build this before the model reads any text.
 */
export function createLexicalPos(nlp: WinkMethods): LexicalPos {
  const its = nlp.its;
  const idOf = (word: string): number => (nlp.readDoc(word).tokens().out(its.uniqueId) as unknown as number[])[0] ?? Infinity;
  const shipped = idOf('qxzvjkwqxz');
  const posOf = memoise(MEMORY, (lower: string): string | null => {
    const doc = nlp.readDoc(lower);
    const ids = doc.tokens().out(its.uniqueId) as unknown as number[];
    return ids.length === 1 && (ids[0] ?? Infinity) < shipped ? (doc.tokens().out(its.pos) as string[])[0] ?? null : null;
  });
  return (word) => posOf(word.toLowerCase());
}
