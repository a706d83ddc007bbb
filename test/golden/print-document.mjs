#!/usr/bin/env node
// The `--cmd` that test/golden.test.ts hands to ../shared/eval/score.mjs: prints the extraction
// document that the test made in-process for the same text and date, so that the scorer scores it
// with its own logic without starting sitrep once per article.
//
//   node test/golden/print-document.mjs DOCS_DIR FILE DATE
//
// DOCS_DIR holds one `*.json` per article, `{ "text", "date", "document" }`. When no entry has the
// text of FILE and DATE (the scorer wrote a different text than the test extracted) it exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [docsDir, file, date] = process.argv.slice(2);
if (!docsDir || !file || !date) {
  console.error('usage: print-document.mjs DOCS_DIR FILE DATE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const entry = readdirSync(docsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(docsDir, name), 'utf8')))
  .find((e) => e.text === text && e.date === date);
if (!entry) {
  console.error(`print-document: no document was extracted for the text of ${file} at ${date}; the scorer's article text differs from the test's`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(entry.document)}\n`);
