import { MAX_LINE_BYTES, type LinePiece } from './split-lines.js';

const [NL, SPACE, TAB, CR, COMMA, QUOTE, BACKSLASH, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] =
  [0x0a, 0x20, 0x09, 0x0d, 0x2c, 0x22, 0x5c, 0x5b, 0x5d, 0x7b, 0x7d] as const;

/**
 * Splits a JSON document into its records without parsing it whole: the elements of a top-level
 * array one by one, or the document itself when it is not an array. Each piece carries the line it
 * starts on, so a malformed element is reported alone and the others are still read.
 */
export async function* splitJsonValues(source: AsyncIterable<Uint8Array>, maxBytes: number = MAX_LINE_BYTES): AsyncGenerator<LinePiece> {
  let mode: 'start' | 'array' | 'single' | 'after' = 'start';
  let inElement = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let startLine = 1;
  let parts: Buffer[] = [];
  let size = 0;
  const keep = (part: Buffer): void => {
    size += part.length;
    if (size <= maxBytes) parts.push(part);
    else parts = [];
  };
  const take = (): LinePiece => {
    const piece = { line: startLine, bytes: size <= maxBytes ? Buffer.concat(parts) : null };
    [parts, size, inElement, depth, inString, escaped] = [[], 0, false, 0, false, false];
    return piece;
  };
  for await (const chunk of source) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let i = 0; i < buffer.length; i++) {
      const b = buffer[i];
      if (mode === 'start' && !isSpace(b)) {
        mode = b === OPEN_ARRAY ? 'array' : 'single';
        if (mode === 'single') [inElement, startLine, from] = [true, line, i];
      } else if (mode === 'array' && !inElement) {
        if (b === CLOSE_ARRAY) mode = 'after';
        else if (!isSpace(b) && b !== COMMA) [inElement, startLine, from] = [true, line, i];
      }
      if (mode === 'array' && inElement) {
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) inString = false;
        } else if (b === QUOTE) inString = true;
        else if (b === OPEN_ARRAY || b === OPEN_OBJECT) depth++;
        else if ((b === CLOSE_ARRAY || b === CLOSE_OBJECT) && depth > 0) {
          depth--;
          if (depth === 0) {
            keep(buffer.subarray(from, i + 1));
            yield take();
          }
        } else if (depth === 0 && (b === COMMA || b === CLOSE_ARRAY)) {
          // A bare scalar element such as `42,` or a stray `]`: it ends here.
          keep(buffer.subarray(from, i));
          yield take();
          if (b === CLOSE_ARRAY) mode = 'after';
        }
      }
      if (b === NL) line++;
    }
    if (inElement) keep(Buffer.from(buffer.subarray(from)));
  }
  // An unterminated element (a cut file) is still yielded, to be reported as a bad record.
  if (inElement && size > 0) yield take();
}

function isSpace(b: number | undefined): boolean {
  return b === SPACE || b === NL || b === TAB || b === CR;
}
