import { InputError } from '../domain/index.js';

/** The input formats sitrep reads; `json` and `jsonl` may hold many articles. */
export const INPUT_FORMATS = ['txt', 'md', 'html', 'json', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Whether a string names an input format. */
export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

/** File name endings and the format each means, longest first so `.jsonl.gz` wins over `.gz`. */
export const INPUT_EXTENSIONS: readonly (readonly [string, InputFormat])[] = [
  ['.jsonl.gz', 'jsonl'], ['.ndjson.gz', 'jsonl'], ['.json.gz', 'json'],
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'], ['.json', 'json'],
  ['.markdown', 'md'], ['.html', 'html'], ['.text', 'txt'],
  ['.txt', 'txt'], ['.htm', 'html'], ['.md', 'md'],
];

/** The path that means standard input. */
export const STDIN_PATH = '-';

/**
 * Decides the format of an input: the explicit `format` if given, else the file's extension;
 * standard input (`-`) without a format gets `stdinDefault`. Throws `input/format` for an unknown
 * extension and `usage` for an unknown format name, listing the valid ones.
 */
export function resolveInputFormat(path: string, format: string | undefined, stdinDefault: InputFormat): InputFormat {
  if (format !== undefined) {
    if (isInputFormat(format)) return format;
    throw new InputError('usage', `unknown input format "${format}"; expected one of ${INPUT_FORMATS.join(', ')}`);
  }
  if (path === STDIN_PATH) return stdinDefault;
  const lower = path.toLowerCase();
  const found = INPUT_EXTENSIONS.find(([ext]) => lower.endsWith(ext));
  if (found) return found[1];
  const valid = INPUT_EXTENSIONS.map(([ext]) => ext).join(', ');
  throw new InputError('input/format', `${path}: unknown file type; expected a file ending in ${valid}, or - for standard input`);
}

/** How an input is named in messages. */
export function inputName(path: string): string {
  return path === STDIN_PATH ? 'standard input' : path;
}
