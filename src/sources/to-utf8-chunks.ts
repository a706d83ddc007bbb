import type { ByteSource } from './open-input-stream.js';

/**
 * Normalises a byte stream for line splitting: a UTF-8 BOM is dropped and UTF-16 (LE or BE, with
 * BOM) is re-encoded as UTF-8; anything else passes through untouched, to be decoded line by line.
 */
export async function* toUtf8Chunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  // The BOM may straddle chunks when standard input arrives a byte at a time.
  while (head.length < 3) {
    const step = await iterator.next();
    if (step.done) break;
    head = Buffer.concat([head, step.value]);
  }
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
  if (utf16 === null) {
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    const first = bom ? head.subarray(3) : head;
    if (first.length > 0) yield first;
    yield* rest;
    return;
  }
  const decoder = new TextDecoder(utf16);
  yield Buffer.from(decoder.decode(head, { stream: true }), 'utf8');
  for await (const chunk of rest) yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  const tail = decoder.decode();
  if (tail !== '') yield Buffer.from(tail, 'utf8');
}
