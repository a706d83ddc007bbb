import { InputError, type DiagnosticCode } from '../domain/index.js';

type InputErrorCode = ConstructorParameters<typeof InputError>[0];

/**
 * Why a whole input gives no article, with the `InputError` code a single-article read throws
 * and the diagnostic code a batch read (`readInputs`) reports it with. Four reasons still borrow
 * `input/bad-line` until the domain lists their own diagnostic codes (`input/cannot-read`,
 * `input/skipped`, `input/too-large`, `input/malformed`); only this table changes then.
 */
export const INPUT_PROBLEMS = {
  /** Missing, a directory named as a file, no permission. */
  unreadable: { error: 'input/unreadable', diagnostic: 'input/cannot-read' },
  /** Hidden, of a type sitrep does not read, not a regular file: `README.pdf`, `.DS_Store`. */
  skipped: { error: 'input/format', diagnostic: 'input/skipped' },
  /** Over the in-memory limit for a file read whole (64 MB). */
  'too-large': { error: 'input/format', diagnostic: 'input/too-large' },
  /** Not valid in its format: broken JSON, XML that is not a feed, a CSV without a text column. */
  malformed: { error: 'input/format', diagnostic: 'input/malformed' },
  /** NUL bytes or many control characters. */
  binary: { error: 'input/format', diagnostic: 'article/binary' },
  /** No article text at all. */
  empty: { error: 'input/empty', diagnostic: 'article/empty' },
  /** A gzip file cut short. */
  truncated: { error: 'input/format', diagnostic: 'input/truncated' },
} as const satisfies Record<string, { error: InputErrorCode; diagnostic: DiagnosticCode }>;

/** A reason from `INPUT_PROBLEMS`. */
export type InputProblem = keyof typeof INPUT_PROBLEMS;

/** An `InputError` that also names its reason, so that a batch reader can report it with a precise diagnostic code. */
export class InputFileError extends InputError {
  readonly problem: InputProblem;

  constructor(problem: InputProblem, message: string, options?: { cause?: unknown }) {
    super(INPUT_PROBLEMS[problem].error, message, options);
    this.name = 'InputFileError';
    this.problem = problem;
  }
}
