import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecordError } from './article-record.js';
import { INPUT_PROBLEMS } from './input-file-error.js';
import { formatOfPath, INPUT_EXTENSIONS, STDIN_PATH } from './input-format.js';
import { reasonOf } from './open-input-stream.js';

/** A file to read (`named` when the caller gave its path rather than a folder holding it), or a path passed over, with the reason. */
export type InputEntry =
  | { readonly path: string; readonly named: boolean }
  | { readonly path: string; readonly error: RecordError };

/**
 * Lists the files to read for one path given by the caller: the path itself when it is a file
 * (or `-`, or missing: reading it reports why), else every file of the folder and its subfolders
 * in a stable order (names sorted by code unit, a subfolder's files where its name sorts).
 * Hidden entries (`.git`, `.DS_Store`), files whose type sitrep does not read (`README.pdf`),
 * special files and links back to a folder already listed come out as entries with an error,
 * never silently dropped; so does a folder that cannot be listed.
 */
export async function* listInputFiles(path: string): AsyncGenerator<InputEntry> {
  const info = path === STDIN_PATH ? null : await stat(path).catch(() => null);
  if (info === null || !info.isDirectory()) {
    yield { path, named: true };
    return;
  }
  yield* listFolder(path, new Set());
}

async function* listFolder(folder: string, seen: Set<string>): AsyncGenerator<InputEntry> {
  let names: string[];
  try {
    // A link cycle (`a/loop -> ..`) would otherwise be walked forever.
    const real = await realpath(folder);
    if (seen.has(real)) {
      yield skipped(folder, 'is a folder already read by another path (through a link)');
      return;
    }
    seen.add(real);
    names = (await readdir(folder)).sort();
  } catch (error) {
    yield { path: folder, error: { code: INPUT_PROBLEMS.unreadable.diagnostic, message: `cannot list the folder ${folder}: ${reasonOf(error)}` } };
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (name.startsWith('.')) {
      yield skipped(path, 'is hidden');
      continue;
    }
    // stat() follows links: a link to a file is read as that file.
    const info = await stat(path).catch(() => null);
    if (info === null) yield { path, named: false }; // a dangling link or a file just deleted: reading says why
    else if (info.isDirectory()) yield* listFolder(path, seen);
    else if (!info.isFile()) yield skipped(path, 'is not a regular file (a pipe, socket or device)');
    else if (formatOfPath(path) === null) yield skipped(path, `is ${describeType(name)}; sitrep reads files ending in ${EXTENSIONS}`);
    else yield { path, named: false };
  }
}

const EXTENSIONS = INPUT_EXTENSIONS.map(([ext]) => ext).join(', ');

function skipped(path: string, why: string): InputEntry {
  return { path, error: { code: INPUT_PROBLEMS.skipped.diagnostic, message: `skipped ${path}: it ${why}` } };
}

/** "README.pdf" -> "a .pdf file"; "Makefile" -> "a file without extension". */
function describeType(name: string): string {
  const dot = basename(name).lastIndexOf('.');
  return dot <= 0 ? 'a file without extension' : `a ${name.slice(dot).toLowerCase()} file`;
}
