import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError } from '../domain/index.js';

/** A data file's name (relative to the data folder it came from) and text. */
export interface DataFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads `name` from each data folder: a file (`countries.tsv`) or every `.tsv` of a folder
 * (`organisations/`). The first folder is sitrep's own and must have it; user folders may not.
 */
export function readDataFiles(dirs: readonly string[], name: string): DataFile[] {
  const out: DataFile[] = [];
  dirs.forEach((dir, i) => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (i === 0) throw new DataError('data/missing', `knowledge-base file ${path} is missing; reinstall sitrep or restore data/${name}`);
      return;
    }
    const files = statSync(path).isDirectory()
      ? readdirSync(path).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(path, f))
      : [path];
    for (const file of files) out.push({ name: relative(process.cwd(), file) || file, text: readFileSync(file, 'utf8') });
  });
  return out;
}
