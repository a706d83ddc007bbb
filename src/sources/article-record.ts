import type { Article, Diagnostic, DiagnosticCode } from '../domain/index.js';

/** One article read from an input, with the data problems found while reading it. */
export interface ArticleRead {
  readonly article: Article;
  readonly diagnostics: Diagnostic[];
}

/** Why one record of a batch could not become an article; the code is a diagnostic code. */
export interface RecordError {
  readonly code: DiagnosticCode;
  readonly message: string;
}

/** The outcome of validating one record: an article, or the reason there is none. */
export type RecordResult = ArticleRead | { readonly error: RecordError };

/** One record of a batch input, with the (1-based) line it starts on; a bad line never stops the others. */
export type ArticleRecord = RecordResult & { readonly line: number };

/** One item of a collection read by `readInputs`: where it comes from (`path`, or `path:line` in a batch) and its result. */
export interface InputItem {
  readonly origin: string;
  readonly result: RecordResult;
}

/** Whether a record result holds an error rather than an article. */
export function isRecordError(result: RecordResult): result is { readonly error: RecordError } {
  return 'error' in result;
}
