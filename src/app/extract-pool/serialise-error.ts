import { ERROR_CODES, SitrepError, type ErrorCode } from '../../domain/index.js';

/** An error as it crosses from a worker thread: structured clone would drop its `code`. */
export interface SerialisedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly stack?: string;
}

/** Turns anything thrown into a plain object that can be posted to another thread. */
export function serialiseError(error: unknown): SerialisedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code: unknown = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
  };
}

/**
 * Rebuilds a posted error: a `SitrepError` with the same code and message when it was one (a
 * `DataError` from the loader stays `data/missing`), else an `Error`; name and stack are kept.
 */
export function deserialiseError(serialised: SerialisedError): Error {
  const { name, message, code, stack } = serialised;
  const error = code !== undefined && isErrorCode(code)
    ? new SitrepError(code, message)
    : Object.assign(new Error(message), code === undefined ? {} : { code });
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
