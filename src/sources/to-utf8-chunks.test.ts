import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Chunks } from './to-utf8-chunks.js';

async function convert(bytes: Buffer, chunkSize: number): Promise<string> {
  const source = (async function* () {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  })();
  const out: Uint8Array[] = [];
  for await (const chunk of toUtf8Chunks(source)) out.push(chunk);
  return Buffer.concat(out).toString('utf8');
}

const text = '{"text":"Café in Kyiv"}\n';
const rows: [string, Buffer][] = [
  ['plain UTF-8', Buffer.from(text)],
  ['UTF-8 with BOM', Buffer.from(`\uFEFF${text}`)],
  ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
];

for (const [name, bytes] of rows) {
  for (const size of [1, 3, 1024]) {
    test(`toUtf8Chunks: ${name} in chunks of ${size}`, async () => assert.equal(await convert(bytes, size), text));
  }
}

test('toUtf8Chunks leaves invalid UTF-8 bytes alone for later decoding', async () => {
  const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
  const out: Uint8Array[] = [];
  for await (const chunk of toUtf8Chunks((async function* () { yield bytes; })())) out.push(chunk);
  assert.deepEqual(Buffer.concat(out), bytes);
});
