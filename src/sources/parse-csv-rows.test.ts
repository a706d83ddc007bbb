import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsvRows } from './parse-csv-rows.js';

/** Rows as `line:field|field`, or `line:problem`. */
async function rows(chunks: (string | Buffer)[], delimiter = ',', maxBytes?: number): Promise<string[]> {
  const source = (async function* () { for (const c of chunks) yield Buffer.from(c); })();
  const out: string[] = [];
  for await (const row of parseCsvRows(source, delimiter, maxBytes)) {
    out.push(row.fields === null ? `${row.line}:${row.problem}` : `${row.line}:${row.fields.map((f) => f.toString()).join('|')}`);
  }
  return out;
}

const table: [string, string[], string[]][] = [
  ['plain rows', ['a,b\nc,d\n'], ['1:a|b', '2:c|d']],
  ['no final newline', ['a,b\nc,d'], ['1:a|b', '2:c|d']],
  ['CRLF', ['a,b\r\nc,d\r\n'], ['1:a|b', '2:c|d']],
  ['empty fields', [',a,,\n'], ['1:|a||']],
  ['a blank line is a row of one empty field', ['a\n\nb\n'], ['1:a', '2:', '3:b']],
  ['quoted delimiter', ['"a,b",c\n'], ['1:a,b|c']],
  ['doubled quote', ['"say ""hi""",x\n'], ['1:say "hi"|x']],
  ['embedded newlines keep the row on its first line', ['id,text\n1,"one\ntwo\r\nthree"\n2,x\n'], ['1:id|text', '2:1|one\ntwo\r\nthree', '5:2|x']],
  ['quoted field then CRLF', ['"a"\r\n"b"\r\n'], ['1:a', '2:b']],
  ['empty quoted field', ['"",x\n'], ['1:|x']],
  ['a quote inside an unquoted field is kept', ['5" gun,x\n'], ['1:5" gun|x']],
  ['text after a closing quote is kept', ['"a"b,c\n'], ['1:ab|c']],
  ['fields across chunks', ['"ab', 'c"', '"d",e', 'f\r', '\ng'], ['1:abc"d|ef', '2:g']],
  ['a doubled quote split across chunks', ['"a"', '"b"\n'], ['1:a"b']],
  ['an unclosed quote at the end', ['a,b\n"open,\nmore\n'], ['1:a|b', '2:unclosed-quote']],
  ['multi-byte characters untouched', ['Erdoğan,“quote”\n'], ['1:Erdoğan|“quote”']],
  ['empty input', [], []],
];

for (const [name, chunks, expected] of table) {
  test(`parseCsvRows: ${name}`, async () => assert.deepEqual(await rows(chunks), expected));
}

test('parseCsvRows splits tab-separated values', async () => {
  assert.deepEqual(await rows(['a\tb,c\t"d\te"\n'], '\t'), ['1:a|b,c|d\te']);
});

test('parseCsvRows drops a row over the limit and goes on', async () => {
  assert.deepEqual(await rows(['ok,1\n0123456789,x\nnext,2\n'], ',', 8), ['1:ok|1', '2:too-long', '3:next|2']);
});
