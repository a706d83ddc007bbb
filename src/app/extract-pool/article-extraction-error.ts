import { SitrepError } from '../../domain/index.js';

/**
 * One article could not be extracted (a bug on odd input, or its worker crashed on it). Only that
 * article fails: ingest stores it as a rejection with `reason`, and the pool goes on.
 */
export class ArticleExtractionError extends SitrepError {
  readonly articleId: string;
  /** Why, for a person: `TypeError: Cannot read properties of undefined (reading 'trim')`. */
  readonly reason: string;

  constructor(articleId: string, reason: string, options?: { cause?: unknown }) {
    super('internal', `article "${articleId}" could not be extracted: ${reason}`, options);
    this.name = 'ArticleExtractionError';
    this.articleId = articleId;
    this.reason = reason;
  }
}

/** Wraps what extracting one article threw into an `ArticleExtractionError` for that article. */
export function toArticleExtractionError(articleId: string, error: unknown): ArticleExtractionError {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new ArticleExtractionError(articleId, reason, { cause: error });
}
