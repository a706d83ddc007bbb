import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from './decode-text.js';

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

const rows: [string, Buffer, string, string[]][] = [
  ['UTF-8', Buffer.from('Erdoğan said “no”.'), 'Erdoğan said “no”.', []],
  ['UTF-8 with BOM', Buffer.from('\uFEFFHello'), 'Hello', []],
  ['UTF-16 LE with BOM', utf16le('Café in Kyiv'), 'Café in Kyiv', []],
  ['UTF-16 BE with BOM', utf16be('Café in Kyiv'), 'Café in Kyiv', []],
  ['latin-1 bytes', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'café', ['input/bad-encoding']],
  ['windows-1252 quotes', Buffer.from([0x93, 0x68, 0x69, 0x94]), '“hi”', ['input/bad-encoding']],
  ['windows-1252 euro and dash', Buffer.from([0x80, 0x35, 0x20, 0x96, 0x20, 0x9f]), '€5 – Ÿ', ['input/bad-encoding']],
  ['empty', Buffer.alloc(0), '', []],
];

for (const [name, bytes, text, codes] of rows) {
  test(`decodes ${name}`, () => {
    const decoded = decodeText(bytes);
    assert.equal(decoded.text, text);
    assert.deepEqual(decoded.diagnostics.map((d) => d.code), codes);
  });
}
