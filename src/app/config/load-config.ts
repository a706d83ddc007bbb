import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SitrepError } from '../../domain/index.js';

/** The settings a config file may give; command-line flags win over them. */
export interface SitrepConfig {
  /** Extra knowledge-base folders (your own actors, aliases, places, lexicon rows), absolute. */
  readonly data: readonly string[];
  /** The store file, absolute, or null for the default. */
  readonly db: string | null;
  /** The file the settings came from, or null when there is none. */
  readonly file: string | null;
}

/** Config files looked for in the working folder, in this order. */
export const CONFIG_FILES = ['sitrep.config.yaml', 'sitrep.config.yml', 'sitrep.config.json'] as const;

const schema = z.object({
  data: z.union([z.string(), z.array(z.string())]).optional(),
  db: z.string().optional(),
}).strict();

/**
 * Loads the config file: `path` when given (`--config`, `$SITREP_CONFIG`), else the first of
 * CONFIG_FILES in `cwd`, else empty settings. Paths in it are relative to the file. A malformed
 * file is a `config/invalid` error that says what was found and what is allowed.
 */
export function loadConfig(path: string | undefined = process.env['SITREP_CONFIG'], cwd: string = process.cwd()): SitrepConfig {
  const file = path !== undefined ? resolve(cwd, path) : CONFIG_FILES.map((f) => resolve(cwd, f)).find((f) => existsSync(f));
  if (file === undefined) return { data: [], db: null, file: null };
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new SitrepError('config/invalid', `cannot read the config file ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new SitrepError('config/invalid', `${file}: ${problems}; allowed keys: data (a folder or a list of folders), db (a store file)`);
  }
  const base = dirname(file);
  const data = parsed.data.data === undefined ? [] : [parsed.data.data].flat();
  return { data: data.map((d) => resolve(base, d)), db: parsed.data.db === undefined ? null : resolve(base, parsed.data.db), file };
}
