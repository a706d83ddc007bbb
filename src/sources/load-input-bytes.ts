import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../domain/index.js';
import { InputFileError } from './input-file-error.js';
import { assertReadableFile, reasonOf, type ByteSource } from './open-input-stream.js';
import { inputName, STDIN_PATH } from './input-format.js';

/** The largest single-article input read into memory; batches are streamed instead. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a whole input (a single article or a feed, from a file or standard input for `-`) into
 * memory, gunzipped when it starts with the gzip magic bytes, up to 64 MB; throws
 * `input/unreadable` when it cannot be read and `input/format` when it is larger or a cut gzip file.
 */
export async function loadInputBytes(path: string, stdin?: ByteSource): Promise<Buffer> {
  if (path === STDIN_PATH) return readAll(stdin ?? process.stdin);
  await assertReadableFile(path);
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) throw tooLarge(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputFileError('unreadable', `cannot read ${path}: ${reasonOf(error)}`, { cause: error });
  }
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes, path) : bytes;
}

function gunzip(bytes: Buffer, path: string): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(path);
    throw new InputFileError('truncated', `${path} is not a complete gzip file (${reasonOf(error)}); expected gzip-compressed text`, { cause: error });
  }
}

async function readAll(source: ByteSource): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) throw tooLarge(STDIN_PATH);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputFileError('unreadable', `cannot read standard input: ${reasonOf(error)}`, { cause: error });
  }
  return Buffer.concat(chunks);
}

function tooLarge(path: string): InputFileError {
  const mb = MAX_FILE_BYTES / 1024 / 1024;
  return new InputFileError('too-large', `${inputName(path)} is larger than ${mb} MB, the limit for a file read whole (one article, or a feed); put many articles in a .jsonl or .csv file, which is streamed`);
}
