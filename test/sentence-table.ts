import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/app/index.js';
import { parseTsv } from '../src/dictionaries/index.js';
import { toArticleId, type Analysis } from '../src/domain/index.js';

const extractor = createExtractor();

/**
 * Registers one test per row of a sentence table (`sentence`, `expect` columns; see the comments in
 * test/lexicon/*.tests.tsv): the sentence runs through the whole pipeline, published 2023-01-02 (a
 * Monday), and `check` asserts each space-separated expectation. A row whose expectations start
 * with `todo ` is a known gap, reported as a to-do.
 */
export function runSentenceTable(file: string, check: (analysis: Analysis, want: string) => void): void {
  for (const row of parseTsv(readFileSync(file, 'utf8'), file, ['sentence', 'expect'])) {
    const sentence = row.cells['sentence'] ?? '';
    const expect = row.cells['expect'] ?? '';
    const todo = expect.startsWith('todo ');
    test(`${file}:${row.line} ${sentence}`, todo ? { todo: 'known gap of the engine' } : {}, () => {
      const analysis = extractor.analyse({ id: toArticleId('t'), title: null, text: sentence, published: '2023-01-02', outlet: null, url: null });
      for (const want of expect.replace(/^todo /, '').split(/\s+/)) check(analysis, want);
    });
  }
}
