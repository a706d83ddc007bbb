import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError } from '../domain/index.js';
import { sniffInputFormat } from './sniff-input-format.js';

const dir = await mkdtemp(join(tmpdir(), 'sitrep-sniff-'));

/** Rows: what standard input starts with, the format option, and the format expected. */
const rows: [string, string, string | undefined, string][] = [
  ['{ is JSONL', '  {"text":"x"}', undefined, 'jsonl'],
  ['[ is a JSON array', '\uFEFF[', undefined, 'json'],
  ['anything else is plain text', 'Talks', undefined, 'txt'],
  ['nothing is plain text', '', undefined, 'txt'],
  ['the option wins', '{', 'csv', 'csv'],
];

for (const [name, content, format, expected] of rows) {
  test(`sniffInputFormat: standard input, ${name}, and replays what it read`, async () => {
    const sniffed = await sniffInputFormat('-', format, Readable.from([Buffer.from(content)]));
    assert.equal(sniffed.format, expected);
    const replayed: Buffer[] = [];
    for await (const chunk of sniffed.stdin ?? []) replayed.push(Buffer.from(chunk));
    assert.equal(Buffer.concat(replayed).toString(), content);
  });
}

test('sniffInputFormat goes by extension for a file, and says a folder is a folder', async () => {
  const path = join(dir, 'a.rss');
  await writeFile(path, '<rss/>');
  assert.equal((await sniffInputFormat(path, undefined, undefined)).format, 'rss');
  await assert.rejects(sniffInputFormat(dir, undefined, undefined), (e: unknown) => e instanceof InputError && e.code === 'input/unreadable');
  await assert.rejects(sniffInputFormat(path, 'pdf', undefined), (e: unknown) => e instanceof InputError && e.code === 'usage');
});
