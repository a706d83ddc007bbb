import type { ArticleRecord } from './article-record.js';
import { resolveInputFormat, STDIN_PATH, type InputFormat } from './input-format.js';
import { assertReadableFile, type ByteSource } from './open-input-stream.js';
import { readArticleFile, type ReadArticleFileOptions } from './read-article-file.js';
import { readArticleRecords } from './read-article-records.js';

/**
 * Reads any input as a stream of article records: batches (`.jsonl`, `.jsonl.gz`, `.json`) record
 * by record, single-article files as one record on line 1, and standard input as JSONL when its
 * first non-space character is `{` (a JSON array for `[`), else as one plain-text article. The
 * `date` and `id` options apply to single articles only. Throws like `readArticleFile` for
 * single articles, and like `readArticleRecords` for batches.
 */
export async function* readArticles(path: string, options: ReadArticleFileOptions = {}): AsyncGenerator<ArticleRecord> {
  let format: InputFormat;
  let stdin = options.stdin;
  if (path === STDIN_PATH && options.format === undefined) {
    const peeked = await peekFirstChar(stdin ?? process.stdin);
    stdin = peeked.source;
    format = peeked.char === '{' ? 'jsonl' : peeked.char === '[' ? 'json' : 'txt';
  } else {
    if (path !== STDIN_PATH) await assertReadableFile(path);
    format = resolveInputFormat(path, options.format, 'txt');
  }

  if (format === 'jsonl' || format === 'json') {
    yield* readArticleRecords(path, { format, stdin });
    return;
  }
  const read = await readArticleFile(path, { ...options, format, stdin });
  yield { line: 1, ...read };
}

/** Bytes that may come before the first character: white space, BOMs, UTF-16's zero bytes. */
const LEADING = new Set([0x20, 0x09, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe]);

/** Reads a stream up to its first meaningful character, and gives back a stream that replays what was read. */
async function peekFirstChar(source: ByteSource): Promise<{ char: string | null; source: ByteSource }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let char: string | null = null;
  while (char === null) {
    const step = await iterator.next();
    if (step.done) break;
    head.push(step.value);
    const first = step.value.find((b) => !LEADING.has(b));
    if (first !== undefined) char = String.fromCharCode(first);
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* head;
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value;
  }
  return { char, source: replay() };
}
