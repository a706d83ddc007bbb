import type { RecordError } from './article-record.js';
import { reasonOf } from './open-input-stream.js';

/** The error record that ends a damaged stream, on the line after the last piece read. */
export interface DamageRecord {
  readonly line: number;
  readonly error: RecordError;
}

/**
 * Passes the pieces (lines, rows) of a streamed input through; when reading fails half-way — a
 * cut gzip file (zlib's "unexpected end of file"), a read error — it ends with one
 * `input/truncated` record instead of throwing, so the pieces before the damage still count.
 * Stopping early (a `break`) closes the input.
 */
export async function* stopAtDamage<T extends { readonly line: number }>(pieces: AsyncIterable<T>, name: string): AsyncGenerator<T | DamageRecord> {
  const iterator = pieces[Symbol.asyncIterator]();
  let lastLine = 0;
  try {
    for (;;) {
      let step: IteratorResult<T>;
      try {
        step = await iterator.next();
      } catch (error) {
        const where = lastLine === 0 ? 'before its first line' : `after line ${lastLine}`;
        const message = `${name} ends early or is corrupt ${where} (${reasonOf(error)}); the records before it were read`;
        yield { line: lastLine + 1, error: { code: 'input/truncated', message } };
        return;
      }
      if (step.done) return;
      lastLine = step.value.line;
      yield step.value;
    }
  } finally {
    await iterator.return?.(undefined);
  }
}
