import { InputError } from '../domain/index.js';
import { InputFileError } from './input-file-error.js';

/** The input formats sitrep reads; see `BATCH_FORMATS` for those that may hold many articles. */
export const INPUT_FORMATS = ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'tsv', 'rss', 'atom', 'xml'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Formats that may hold many articles, read record by record with a line number each. */
export const BATCH_FORMATS = ['json', 'jsonl', 'csv', 'tsv', 'rss', 'atom', 'xml'] as const satisfies readonly InputFormat[];
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** Whether a string names an input format. */
export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

/** Whether a format may hold many articles (`json` holds one object or an array of them). */
export function isBatchFormat(format: InputFormat): format is BatchFormat {
  return (BATCH_FORMATS as readonly string[]).includes(format);
}

/** File name endings and the format each means, longest first so `.jsonl.gz` wins over `.gz`. */
export const INPUT_EXTENSIONS: readonly (readonly [string, InputFormat])[] = [
  ['.jsonl.gz', 'jsonl'], ['.ndjson.gz', 'jsonl'], ['.json.gz', 'json'],
  ['.markdown', 'md'], ['.ndjson', 'jsonl'], ['.csv.gz', 'csv'], ['.tsv.gz', 'tsv'],
  ['.jsonl', 'jsonl'], ['.json', 'json'], ['.html', 'html'], ['.text', 'txt'], ['.atom', 'atom'],
  ['.txt', 'txt'], ['.htm', 'html'], ['.csv', 'csv'], ['.tsv', 'tsv'], ['.rss', 'rss'], ['.xml', 'xml'],
  ['.md', 'md'],
];

/** The path that means standard input. */
export const STDIN_PATH = '-';

/** The format a file name's ending means, or null when sitrep does not read it (`README.pdf`, `data.gz`). */
export function formatOfPath(path: string): InputFormat | null {
  const lower = path.toLowerCase();
  return INPUT_EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1] ?? null;
}

/**
 * Decides the format of an input: the explicit `format` if given, else the file's extension;
 * standard input (`-`) without a format gets `stdinDefault`. Throws `input/format` for an unknown
 * extension and `usage` for an unknown format name, listing the valid ones.
 */
export function resolveInputFormat(path: string, format: string | undefined, stdinDefault: InputFormat): InputFormat {
  if (format !== undefined) return parseFormatOption(format);
  if (path === STDIN_PATH) return stdinDefault;
  const found = formatOfPath(path);
  if (found !== null) return found;
  const valid = INPUT_EXTENSIONS.map(([ext]) => ext).join(', ');
  throw new InputFileError('skipped', `${path}: unknown file type; expected a file ending in ${valid}, or - for standard input`);
}

/** Checks a format name given as an option; throws `usage`, listing the valid names, for an unknown one. */
export function parseFormatOption(format: string): InputFormat {
  if (isInputFormat(format)) return format;
  throw new InputError('usage', `unknown input format "${format}"; expected one of ${INPUT_FORMATS.join(', ')}`);
}

/** How an input is named in messages. */
export function inputName(path: string): string {
  return path === STDIN_PATH ? 'standard input' : path;
}
