import type { WinkMethods } from 'wink-nlp';
import type { Sentence, Token } from '../../domain/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';

/**
 * Splits the article into sentences and tokens with parts of speech and lemmas (wink-nlp), and
 * gives every token its character span in the article text.
 */
export function createAnnotateStage(nlp: WinkMethods): TypedStage<'tokens' | 'sentences'> {
  const its = nlp.its;
  return defineStage({
    name: 'annotate',
    version: '1',
    requires: [],
    provides: ['tokens', 'sentences'],
    run(analysis) {
      const text = analysis.article.text;
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(its.value) as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const spans = doc.sentences().out(its.span) as unknown as [number, number][];
      const sentenceOf = new Int32Array(values.length);
      spans.forEach(([first, last], s) => sentenceOf.fill(s, first, last + 1));

      const tokens: Token[] = new Array(values.length);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i] ?? '';
        let start = text.indexOf(value, cursor);
        // wink may normalise a token's text; then keep it where the cursor is
        if (start < 0 || start - cursor > 64) start = skipSpace(text, cursor);
        const end = Math.min(text.length, start + value.length);
        tokens[i] = { text: value, lower: value.toLowerCase(), lemma: lemmas[i] ?? value, pos: pos[i] ?? 'X', start, end, sentence: sentenceOf[i] ?? 0 };
        cursor = end;
      }
      const sentences: Sentence[] = spans.map(([first, last], index) => ({
        index, tokenStart: first, tokenEnd: last + 1,
        start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0,
      }));
      return { tokens, sentences };
    },
  });
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}
