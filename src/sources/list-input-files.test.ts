import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INPUT_PROBLEMS } from './input-file-error.js';
import { listInputFiles, type InputEntry } from './list-input-files.js';

const SKIPPED = INPUT_PROBLEMS.skipped.diagnostic;

const root = await mkdtemp(join(tmpdir(), 'sitrep-list-'));

async function files(paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), 'x');
  }
}

/** An entry as its path relative to the temp folder, marked `!code` when passed over and `*` when named by the caller. */
async function list(path: string): Promise<string[]> {
  const out: string[] = [];
  const show = (entry: InputEntry): string => {
    const rel = entry.path.startsWith(root) ? entry.path.slice(root.length + 1) : entry.path;
    return 'error' in entry ? `${rel} !${entry.error.code}` : `${rel}${entry.named ? ' *' : ''}`;
  };
  for await (const entry of listInputFiles(path)) out.push(show(entry));
  return out;
}

test('listInputFiles walks a folder in a stable order and reports what it passes over', async () => {
  await files(['tree/b.txt', 'tree/a/z.md', 'tree/a/y.csv', 'tree/C.json', 'tree/.git/config', 'tree/.hidden.txt', 'tree/notes.pdf', 'tree/Makefile', 'tree/c.jsonl.gz']);
  assert.deepEqual(await list(join(root, 'tree')), [
    `tree/.git !${SKIPPED}`,
    `tree/.hidden.txt !${SKIPPED}`,
    'tree/C.json',
    `tree/Makefile !${SKIPPED}`,
    'tree/a/y.csv',
    'tree/a/z.md',
    'tree/b.txt',
    'tree/c.jsonl.gz',
    `tree/notes.pdf !${SKIPPED}`,
  ]);
});

test('listInputFiles gives a file, a missing path and standard input back as named', async () => {
  await files(['single/x.pdf']);
  assert.deepEqual(await list(join(root, 'single/x.pdf')), ['single/x.pdf *']);
  assert.deepEqual(await list(join(root, 'single/missing.txt')), ['single/missing.txt *']);
  assert.deepEqual(await list('-'), ['- *']);
});

test('listInputFiles follows links, but not back into a folder already read', async () => {
  await files(['links/real/a.txt']);
  await symlink(join(root, 'links/real'), join(root, 'links/alias'));
  await symlink(join(root, 'links'), join(root, 'links/real/loop'));
  assert.deepEqual(await list(join(root, 'links')), [
    'links/alias/a.txt',
    `links/alias/loop !${SKIPPED}`,
    `links/real !${SKIPPED}`,
  ]);
});
