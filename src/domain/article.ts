import type { ArticleId } from './ids.js';

/** One news article as sitrep receives it, validated at the edge (see src/sources). */
export interface Article {
  readonly id: ArticleId;
  readonly title: string | null;
  /** The body text; every character offset in sitrep's output points into this string. */
  readonly text: string;
  /** Publication date, `YYYY-MM-DD`, or null when unknown. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** A half-open character range `[start, end)` of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the text it covers, as shown to users for evidence. */
export interface TextSpan extends Span {
  readonly text: string;
}
