#!/usr/bin/env node
// Run by `npm run build`: marks the package's bin files (package.json "bin") executable. tsc writes
// them without the bit, and npm sets it only when it installs sitrep as a dependency, so without
// this `npx sitrep` in a clone of the repo (as ../shared/eval/score.mjs runs it) fails with
// "Permission denied".
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const file of Object.values(typeof bin === 'string' ? { sitrep: bin } : bin ?? {})) chmodSync(join(root, file), 0o755);
