import { InputError } from '../domain/index.js';
import type { ArticleRecord } from './article-record.js';
import { inputName, resolveInputFormat, STDIN_PATH } from './input-format.js';
import { assertReadableFile, openInputStream, type ByteSource } from './open-input-stream.js';
import { parseArticleLine } from './parse-article-line.js';
import { splitJsonValues } from './split-json-values.js';
import { splitLines } from './split-lines.js';
import { stopAtDamage } from './stop-at-damage.js';
import { toUtf8Chunks } from './to-utf8-chunks.js';

/** Options for reading a batch. */
export interface ReadArticleRecordsOptions {
  /** Format name that overrides the extension (standard input defaults to `jsonl`). */
  readonly format?: string;
  /** What `-` reads instead of process.stdin (for tests and embedding). */
  readonly stdin?: ByteSource;
}

/**
 * Streams the articles of a batch input — `.jsonl`, `.jsonl.gz`, a `.json` array (or object), or
 * standard input as JSONL — one record at a time, never holding the whole input in memory. A bad
 * line becomes an error record and reading goes on; an input cut short (a truncated gzip file)
 * ends with one `input/truncated` error record. Throws `InputError` only for an input that cannot
 * be opened or is not a batch format.
 */
export async function* readArticleRecords(path: string, options: ReadArticleRecordsOptions = {}): AsyncGenerator<ArticleRecord> {
  const name = inputName(path);
  if (path !== STDIN_PATH) await assertReadableFile(path);
  const format = resolveInputFormat(path, options.format, 'jsonl');
  if (format !== 'jsonl' && format !== 'json') {
    throw new InputError('input/format', `${name} is ${format}, not JSON or JSONL; this reads .jsonl, .jsonl.gz and .json files (readArticles reads every format)`);
  }
  const bytes = toUtf8Chunks(await openInputStream(path, options.stdin));
  const pieces = format === 'json' ? splitJsonValues(bytes) : splitLines(bytes);
  for await (const piece of stopAtDamage(pieces, name)) {
    if ('error' in piece) yield piece;
    else {
      const record = parseArticleLine(piece);
      if (record !== null) yield record;
    }
  }
}
