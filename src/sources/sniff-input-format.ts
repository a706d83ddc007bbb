import { parseFormatOption, resolveInputFormat, STDIN_PATH, type InputFormat } from './input-format.js';
import { assertReadableFile, type ByteSource } from './open-input-stream.js';

/** The format an input will be read as, and (for standard input) the stream to read instead of it. */
export interface SniffedFormat {
  readonly format: InputFormat;
  readonly stdin?: ByteSource;
}

/**
 * Decides how to read an input: by the `format` given, else by the file's extension, else — for
 * standard input — by its first non-space character: `{` is JSONL, `[` a JSON array, anything
 * else plain text; the bytes peeked at are replayed in the returned `stdin`. Throws `InputError`
 * for a file that cannot be read (checked first: "is a directory" says more than "unknown file
 * type"), an unknown extension, or an unknown format name.
 */
export async function sniffInputFormat(path: string, format: string | undefined, stdin: ByteSource | undefined): Promise<SniffedFormat> {
  if (path !== STDIN_PATH) {
    await assertReadableFile(path);
    return { format: resolveInputFormat(path, format, 'txt'), stdin };
  }
  if (format !== undefined) return { format: parseFormatOption(format), stdin };
  const peeked = await peekFirstChar(stdin ?? process.stdin);
  return { format: peeked.char === '{' ? 'jsonl' : peeked.char === '[' ? 'json' : 'txt', stdin: peeked.source };
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
