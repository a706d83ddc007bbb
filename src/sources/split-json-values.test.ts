import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitJsonValues } from './split-json-values.js';

async function values(chunks: string[], maxBytes?: number): Promise<[number, string | null][]> {
  const out: [number, string | null][] = [];
  const source = (async function* () { for (const c of chunks) yield Buffer.from(c); })();
  for await (const piece of splitJsonValues(source, maxBytes)) out.push([piece.line, piece.bytes?.toString() ?? null]);
  return out;
}

const rows: [string, string[], [number, string | null][]][] = [
  ['an array of objects', ['[{"a":1},\n {"b":2}]'], [[1, '{"a":1}'], [2, '{"b":2}']]],
  ['brackets inside strings', ['[{"t":"a ] b } \\" ["}]'], [[1, '{"t":"a ] b } \\" ["}']]],
  ['nested arrays and objects', ['[{"a":[1,{"b":[]}]},{"c":{}}]'], [[1, '{"a":[1,{"b":[]}]}'], [1, '{"c":{}}']]],
  ['scalars between objects', ['[1, "x", {"a":1}, null]'], [[1, '1'], [1, '"x"'], [1, '{"a":1}'], [1, 'null']]],
  ['chunks cut anywhere', ['\n[ {"a"', ':"x,y"', '}\n,\n', '{"b":2} ]'], [[2, '{"a":"x,y"}'], [4, '{"b":2}']]],
  ['a single object', ['  {"text": "x"}\n'], [[1, '{"text": "x"}\n']]],
  ['an empty array', ['[ ]'], []],
  ['empty input', ['  \n'], []],
  ['a cut array yields the partial element', ['[{"a":1},{"b":'], [[1, '{"a":1}'], [1, '{"b":']]],
];

for (const [name, chunks, expected] of rows) {
  test(`splitJsonValues: ${name}`, async () => assert.deepEqual(await values(chunks), expected));
}

test('splitJsonValues drops an element over the limit and goes on', async () => {
  assert.deepEqual(await values(['[{"a":"0123456789"},{"b":1}]'], 8), [[1, null], [1, '{"b":1}']]);
});
