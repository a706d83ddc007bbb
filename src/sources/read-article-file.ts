import { InputError, toArticleId, type ArticleId } from '../domain/index.js';
import type { ArticleRead } from './article-record.js';
import { decodeText } from './decode-text.js';
import { InputFileError } from './input-file-error.js';
import { inputName, isBatchFormat, resolveInputFormat, STDIN_PATH } from './input-format.js';
import { loadInputBytes } from './load-input-bytes.js';
import { looksBinary } from './looks-binary.js';
import { assertReadableFile, type ByteSource } from './open-input-stream.js';
import { parseArticleRecord } from './parse-article-record.js';
import { resolveDate } from './resolve-date.js';
import { toRawRecord } from './to-raw-record.js';

/** Options for reading one article. */
export interface ReadArticleFileOptions {
  /** Publication date (`YYYY-MM-DD` or ISO timestamp) that overrides the file's; null or absent keeps it. */
  readonly date?: string | null;
  /** Article id that overrides the file's and the text hash. */
  readonly id?: string;
  /** Format name that overrides the extension (standard input defaults to `txt`). */
  readonly format?: string;
  /** What `-` reads instead of process.stdin (for tests and embedding). */
  readonly stdin?: ByteSource;
}

/**
 * Reads one article from a `.txt`, `.md`, `.html`/`.htm` or `.json` file, or from standard input
 * (`-`, plain text), with the data problems found as diagnostics. Throws `InputError` (an
 * `InputFileError` naming the reason, for problems with the input itself):
 * `input/unreadable` (missing file, directory), `input/format` (unknown extension, binary data,
 * malformed JSON), `input/empty` (no text) and `input/date` (a bad `date` option).
 */
export async function readArticleFile(path: string, options: ReadArticleFileOptions = {}): Promise<ArticleRead> {
  const name = inputName(path);
  // "a directory" says more than "unknown file type" about a path like `articles/`.
  if (path !== STDIN_PATH) await assertReadableFile(path);
  const format = resolveInputFormat(path, options.format, 'txt');
  if (format !== 'json' && isBatchFormat(format)) {
    throw new InputError('input/format', `${name} is ${format.toUpperCase()}, which holds a batch of articles; read it with readArticles or readArticleRecords`);
  }
  const override = resolveDateOption(options.date);
  const decoded = decodeText(await loadInputBytes(path, options.stdin));
  if (looksBinary(decoded.text)) {
    throw new InputFileError('binary', `${name} looks binary (NUL bytes or many control characters), not ${format} text; expected a UTF-8 or UTF-16 text file`);
  }
  // "\r\n" from Windows editors -> "\n", so offsets do not depend on where the file was written.
  const raw = toRawRecord(format, decoded.text.replace(/\r\n?/g, '\n'), name);
  const result = parseArticleRecord(raw.record);
  if ('error' in result) {
    if (result.error.code === 'article/empty') throw new InputFileError('empty', `${name} has no article text`);
    throw new InputFileError('malformed', `${name}: ${result.error.message}`);
  }
  const diagnostics = [...decoded.diagnostics, ...raw.diagnostics, ...result.diagnostics];
  if (override === undefined) return { article: { ...result.article, ...idOption(options.id) }, diagnostics };
  return {
    article: { ...result.article, ...idOption(options.id), published: override },
    // The file's own date no longer matters, so neither does a problem with it.
    diagnostics: diagnostics.filter((d) => d.code !== 'article/bad-date'),
  };
}

function idOption(id: string | undefined): { id?: ArticleId } {
  return id === undefined || id.trim() === '' ? {} : { id: toArticleId(id.trim()) };
}

/** The `date` option as `YYYY-MM-DD`, or undefined when not given; a bad one is a usage error. */
function resolveDateOption(date: string | null | undefined): string | undefined {
  if (date === undefined || date === null) return undefined;
  const resolved = resolveDate(date);
  if (resolved === null) throw new InputError('input/date', `the date "${date}" is not valid; expected YYYY-MM-DD (for example 2024-03-05) or an ISO timestamp`);
  return resolved;
}
