/** One line of a batch input: its 1-based number and bytes, or null bytes when it was too long to keep. */
export interface LinePiece {
  readonly line: number;
  readonly bytes: Buffer | null;
}

/** The longest line kept in memory; a longer one is skipped and reported. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), holding one line in memory at a time; a line
 * over `maxBytes` is dropped and yielded with null bytes so the caller can report it.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array>, maxBytes: number = MAX_LINE_BYTES): AsyncGenerator<LinePiece> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const take = (): LinePiece => {
    const bytes = tooLong ? null : dropCarriageReturn(Buffer.concat(parts, size));
    const piece = { line, bytes };
    parts = [];
    size = 0;
    tooLong = false;
    line++;
    return piece;
  };
  const keep = (part: Buffer): void => {
    if (tooLong || part.length === 0) return;
    size += part.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
      size = 0;
    } else parts.push(part);
  };
  for await (const chunk of source) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = buffer.indexOf(NEWLINE, from); at >= 0; at = buffer.indexOf(NEWLINE, from)) {
      keep(buffer.subarray(from, at));
      yield take();
      from = at + 1;
    }
    // Copy the unfinished line: the stream may reuse its chunk buffer.
    keep(Buffer.from(buffer.subarray(from)));
  }
  if (size > 0 || tooLong) yield take();
}

function dropCarriageReturn(bytes: Buffer): Buffer {
  return bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
}
