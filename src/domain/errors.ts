/**
 * Problems in the program or its environment (bad config, missing dictionary, unreadable file)
 * throw one of these. Problems in the data become diagnostics instead (see diagnostic.ts).
 * src/cli/exit-codes.ts maps codes to exit statuses; messages say what was found, what was
 * expected and the valid options.
 */
export const ERROR_CODES = {
  'usage': 'The command was called with missing or invalid arguments.',
  'input/unreadable': 'An input file or stream could not be read.',
  'input/format': 'An input file is not in a format sitrep reads.',
  'input/empty': 'The input holds no article to process.',
  'input/date': 'A date given on the command line is not a valid YYYY-MM-DD date.',
  'data/invalid': 'A knowledge-base data file is malformed.',
  'data/missing': 'A knowledge-base data file or folder is missing.',
  'config/invalid': 'A configuration file is malformed.',
  'pipeline/invalid': 'The pipeline stages do not fit together.',
  'store/unavailable': 'The event store could not be opened.',
  'internal': 'A bug in sitrep.',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The base of sitrep's errors: a stable code, a message for people, and the original cause. */
export class SitrepError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
  }
}

/** Bad user input: arguments, files, dates. */
export class InputError extends SitrepError {
  constructor(code: 'usage' | 'input/unreadable' | 'input/format' | 'input/empty' | 'input/date', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

/** A malformed or missing data or configuration file; the message names file:line. */
export class DataError extends SitrepError {
  constructor(code: 'data/invalid' | 'data/missing' | 'config/invalid', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'DataError';
  }
}
