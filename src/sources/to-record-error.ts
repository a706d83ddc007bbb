import { InputError, type DiagnosticCode } from '../domain/index.js';
import type { RecordError } from './article-record.js';
import { INPUT_PROBLEMS, InputFileError } from './input-file-error.js';

/** The diagnostic code of a plain `InputError` that names no reason (one thrown outside `src/sources`). */
const BY_ERROR_CODE: Readonly<Partial<Record<InputError['code'], DiagnosticCode>>> = {
  'input/unreadable': INPUT_PROBLEMS.unreadable.diagnostic,
  'input/format': INPUT_PROBLEMS.malformed.diagnostic,
  'input/empty': INPUT_PROBLEMS.empty.diagnostic,
};

/**
 * Turns what reading one input threw into the error of its item: an `InputError` about the data
 * becomes its diagnostic code and message; anything else (a bug, or a usage error such as an
 * unknown format name) is rethrown, because it would fail every input alike.
 */
export function toRecordError(error: unknown): RecordError {
  if (error instanceof InputFileError) return { code: INPUT_PROBLEMS[error.problem].diagnostic, message: error.message };
  const code = error instanceof InputError ? BY_ERROR_CODE[error.code] : undefined;
  if (error instanceof InputError && code !== undefined) return { code, message: error.message };
  throw error;
}
