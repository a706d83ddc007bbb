import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './split-lines.js';

async function lines(chunks: string[], maxBytes?: number): Promise<[number, string | null][]> {
  const out: [number, string | null][] = [];
  const source = (async function* () { for (const c of chunks) yield Buffer.from(c); })();
  for await (const piece of splitLines(source, maxBytes)) out.push([piece.line, piece.bytes?.toString() ?? null]);
  return out;
}

const rows: [string, string[], [number, string | null][]][] = [
  ['one chunk', ['a\nb\n'], [[1, 'a'], [2, 'b']]],
  ['no final newline', ['a\nb'], [[1, 'a'], [2, 'b']]],
  ['CRLF', ['a\r\nb\r\n'], [[1, 'a'], [2, 'b']]],
  ['lines across chunks', ['ab', 'c\nd', 'e\n'], [[1, 'abc'], [2, 'de']]],
  ['blank lines keep their numbers', ['a\n\n\nb\n'], [[1, 'a'], [2, ''], [3, ''], [4, 'b']]],
  ['empty input', [], []],
];

for (const [name, chunks, expected] of rows) {
  test(`splitLines: ${name}`, async () => assert.deepEqual(await lines(chunks), expected));
}

test('splitLines drops a line over the limit and goes on', async () => {
  assert.deepEqual(await lines(['ok\n0123', '456789\nnext\n'], 5), [[1, 'ok'], [2, null], [3, 'next']]);
});

test('splitLines splits multi-byte characters only at newlines', async () => {
  const bytes = Buffer.from('Erdoğan\nKyiv\n');
  const source = (async function* () { yield bytes.subarray(0, 5); yield bytes.subarray(5); })();
  const out: string[] = [];
  for await (const piece of splitLines(source)) out.push(piece.bytes?.toString() ?? '');
  assert.deepEqual(out, ['Erdoğan', 'Kyiv']);
});
