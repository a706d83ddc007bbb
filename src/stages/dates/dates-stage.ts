import type { Sentence, TimeExpression } from '../../domain/index.js';
import { defineStage, type TypedStage } from '../../pipeline/stage.js';
import { findTimeExpressions } from './find-time-expressions.js';

/** The dates stage: finds temporal expressions and resolves them against the publication date. */
export function createDatesStage(): TypedStage<'dates'> {
  return defineStage({
    name: 'dates',
    version: '1',
    requires: ['sentences'],
    provides: ['dates'],
    run: (analysis) => {
      const { expressions, diagnostics } = findTimeExpressions(analysis.article.text, analysis.article.published);
      const sentences = analysis.sentences ?? [];
      // Expressions and sentences both come in text order, so one forward walk pairs them.
      let current = 0;
      const dates: TimeExpression[] = expressions.map((expression) => {
        current = advanceTo(sentences, current, expression.start);
        return { ...expression, sentence: sentences[current]?.index ?? 0 };
      });
      return { dates, diagnostics };
    },
  });
}

/** The position of the last sentence starting at or before `offset`, searching forward from `from`. */
function advanceTo(sentences: readonly Sentence[], from: number, offset: number): number {
  let i = from;
  while (i + 1 < sentences.length && (sentences[i + 1]?.start ?? Infinity) <= offset) i++;
  return i;
}
