// Builders shared by this folder's tests; the stage never imports this file.
import type { Token } from '../../domain/index.js';

/** Tokens of one sentence split on spaces, each tagged by `tag` from its lower-cased text (lemma: the lower-cased text unless `tag` gives one). */
export function tokensOf(sentence: string, tag: (lower: string) => { pos: string; lemma?: string }): Token[] {
  let at = 0;
  return sentence.split(' ').map((word) => {
    const start = sentence.indexOf(word, at);
    at = start + word.length;
    const lower = word.toLowerCase();
    const { pos, lemma = lower } = tag(lower);
    return { text: word, lower, lemma, pos, start, end: at, sentence: 0 };
  });
}
