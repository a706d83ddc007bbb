import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputFileError } from './input-file-error.js';
import { STDIN_PATH } from './input-format.js';

/** A source of input bytes: a file stream, standard input, or test data. */
export type ByteSource = AsyncIterable<Uint8Array>;

/**
 * Opens an input for streaming: standard input for `-` (or the `stdin` given), else the file,
 * gunzipped when it starts with the gzip magic bytes. Throws `input/unreadable`, naming the path
 * and the reason, for a missing file, a directory or a file that cannot be opened.
 */
export async function openInputStream(path: string, stdin?: ByteSource): Promise<ByteSource> {
  if (path === STDIN_PATH) return stdin ?? process.stdin;
  await assertReadableFile(path);
  const gzipped = await startsWithGzipMagic(path);
  const file = createReadStream(path);
  if (!gzipped) return file;
  // pipeline() destroys both streams on an error, and the gunzip stream rethrows it to the reader.
  return pipeline(file, createGunzip(), () => undefined);
}

/** Throws `input/unreadable` unless `path` is a regular file that can be opened for reading. */
export async function assertReadableFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputFileError('unreadable', `${path} is a directory; expected a file (or - for standard input)`);
    const handle = await open(path, 'r');
    await handle.close();
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError('unreadable', `cannot read ${path}: ${reasonOf(error)}`, { cause: error });
  }
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** "ENOENT: no such file or directory, stat 'x'" -> "no such file or directory (ENOENT)". */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const text = error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return code ? `${text} (${code})` : text;
}
