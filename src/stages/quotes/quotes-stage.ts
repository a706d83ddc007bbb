import type { Diagnostic, Quote } from '../../domain/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';
import { attributeQuotes } from './attribute-quotes.js';
import { findQuoteSpans } from './find-quote-spans.js';
import { createQuoteContext } from './quote-context.js';

/**
 * Finds direct quotations (`"`, `“ ”`, `« »`, over several sentences or paragraphs) and their
 * speakers from the speech cues around them, reporting unclosed quotes and quotes with no speaker.
 */
export function createQuotesStage(): TypedStage<'quotes'> {
  return defineStage({
    name: 'quotes',
    version: '1',
    requires: ['tokens', 'sentences', 'mentions', 'actors'],
    provides: ['quotes'],
    run(analysis) {
      const text = analysis.article.text;
      const scan = findQuoteSpans(text);
      const diagnostics: Diagnostic[] = scan.unclosed.map((span) => ({
        code: 'quote/unclosed', severity: 'warning', span,
        message: `the quote mark at ${span.start} opens "${preview(text.slice(span.start + 1, span.end))}" and is never closed`,
      }));
      const quotes: Quote[] = [];
      // the context (an index of actor mentions among others) is built only for a text with quotes
      const attributed = scan.quotes.length > 0 ? attributeQuotes(createQuoteContext(analysis, scan), scan.quotes) : [];
      for (const { quote, speaker, speakerMention } of attributed) {
        const q: Quote = { text: text.slice(quote.start, quote.end), start: quote.start, end: quote.end, speaker: speaker?.id ?? null, speakerMention };
        quotes.push(q);
        if (speaker) continue;
        diagnostics.push({
          code: 'quote/no-speaker', severity: 'info', span: { start: q.start, end: q.end },
          message: speakerMention
            ? `the quote "${preview(q.text)}" is attributed to "${speakerMention.text}", which is no known actor`
            : `no speaker was found for the quote "${preview(q.text)}"`,
        });
      }
      return { quotes, diagnostics };
    },
  });
}

function preview(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
