import type { InputItem } from './article-record.js';
import { formatOfPath, inputName, isBatchFormat, parseFormatOption, STDIN_PATH } from './input-format.js';
import { listInputFiles } from './list-input-files.js';
import type { ByteSource } from './open-input-stream.js';
import { readArticles } from './read-articles.js';
import type { CsvColumnOptions } from './resolve-csv-columns.js';
import { sniffInputFormat } from './sniff-input-format.js';
import { toRecordError } from './to-record-error.js';

/** Options for reading a collection. */
export interface ReadInputsOptions {
  /** Format of standard input and of files named in `paths` whose extension does not tell (`export.data`); a known extension wins. */
  readonly format?: string;
  /** For CSV and TSV: the header names of the columns that hold each field. */
  readonly columns?: CsvColumnOptions;
  /** What `-` reads instead of process.stdin (for tests and embedding). */
  readonly stdin?: ByteSource;
}

/**
 * Reads every input item of many paths — files, folders walked recursively in a stable order (see
 * `listInputFiles`), `-` for standard input — as `{origin, result}`: the origin is `path` for a
 * single-article file and `path:line` for a record of a batch (JSON, JSONL, CSV, TSV, feeds); the
 * result an article with its diagnostics, or an error with a diagnostic code. A bad input never
 * stops the others: an unreadable, empty, binary, too large, malformed or skipped file, a bad line,
 * a cut gzip file all become error items, and a file that yields nothing yields one `article/empty`
 * item. Only a bug or an unknown `format` name (a usage error, checked before reading) throws.
 */
export async function* readInputs(paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  if (options.format !== undefined) parseFormatOption(options.format);
  for (const path of paths) {
    for await (const entry of listInputFiles(path)) {
      if ('error' in entry) yield { origin: entry.path, result: { error: entry.error } };
      else yield* readInput(entry.path, fillsIn(entry.path, entry.named) ? options.format : undefined, options);
    }
  }
}

/** Whether the format option applies: to standard input, and to a named file of no known type (files in folders always have one). */
function fillsIn(path: string, named: boolean): boolean {
  return path === STDIN_PATH || (named && formatOfPath(path) === null);
}

/** The items of one file (or standard input); whatever stops it is its last item. */
async function* readInput(path: string, format: string | undefined, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let count = 0;
  try {
    const sniffed = await sniffInputFormat(path, format, options.stdin);
    const batch = isBatchFormat(sniffed.format);
    for await (const { line, ...result } of readArticles(path, { ...sniffed, columns: options.columns })) {
      count++;
      yield { origin: batch ? `${path}:${line}` : path, result };
    }
  } catch (error) {
    count++;
    yield { origin: path, result: { error: toRecordError(error) } };
  }
  if (count === 0) yield { origin: path, result: { error: { code: 'article/empty', message: `${inputName(path)} holds no articles` } } };
}
