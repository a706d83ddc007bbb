import type { DiagnosticCode } from './diagnostic-codes.js';
import type { Severity } from './vocabulary.js';
import type { Span } from './article.js';

/**
 * A problem in the data (not the program) found while processing one article: an unresolved actor,
 * an ambiguous place, an empty text. Processing goes on; the diagnostic travels with the document.
 * Codes are listed with their meaning in src/domain/diagnostic-codes.ts.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
  readonly stage?: string;
}
