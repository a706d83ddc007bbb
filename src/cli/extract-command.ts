import type { Command } from 'commander';
import { loadConfig } from '../app/config/load-config.js';
import { createExtractor } from '../app/index.js';
import { InputError, type Diagnostic } from '../domain/index.js';
import { isRecordError, readArticles, STDIN_PATH } from '../sources/index.js';
import { formatText } from './format-text.js';

const FORMATS = ['text', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** `sitrep extract`: one article (or a JSONL batch) in, extraction documents out. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract actors, events, quotes and dates from one article or a JSONL batch')
    .argument('<file>', `article file (.txt, .md, .html, .json) or batch (.jsonl, .jsonl.gz, .csv, .tsv, RSS/Atom); ${STDIN_PATH} reads standard input`)
    .option('--date <YYYY-MM-DD>', 'publication date (overrides the file\'s own)')
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: text on a terminal, else json; jsonl for batches)`)
    .option('--data <dir...>', 'extra knowledge-base folder(s) in the format of data/ (your own actors and aliases)')
    .addHelpText('after', '\nExamples:\n  sitrep extract examples/articles/turkey-russia-syria-talks.md\n  sitrep extract --format json --date 2023-01-02 article.txt\n  sitrep extract --format jsonl articles.jsonl.gz > docs.jsonl')
    .action(async (file: string, opts: { date?: string; format?: string; data?: string[] }) => {
      const format = parseFormat(opts.format, file);
      const extractor = createExtractor({ userDataDirs: opts.data ?? loadConfig().data });
      let ok = 0;
      let failed = 0;
      for await (const record of readArticles(file, opts.date ? { date: opts.date } : {})) {
        if (isRecordError(record)) {
          failed++;
          const diagnostic: Diagnostic = { code: record.error.code, severity: 'error', message: `line ${record.line}: ${record.error.message}` };
          process.stderr.write(`sitrep: ${file}: line ${record.line}: ${record.error.message}\n`);
          if (format === 'jsonl') process.stdout.write(`${JSON.stringify({ article: { id: null, line: record.line }, actors: [], events: [], quotes: [], dates: [], diagnostics: [diagnostic] })}\n`);
          continue;
        }
        ok++;
        const doc = extractor.extract(record.article, record.diagnostics);
        if (format === 'jsonl') process.stdout.write(`${JSON.stringify(doc)}\n`);
        else if (format === 'json') process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        else process.stdout.write(`${formatText(doc)}\n\n`);
      }
      if (ok === 0 && failed === 0) throw new InputError('input/empty', `${file} holds no article`);
      if (ok === 0) process.exitCode = 1;
    });
}

function parseFormat(value: string | undefined, file: string): Format {
  if (value === undefined) return /\.(jsonl|csv|tsv|rss|atom|xml)(\.gz)?$/i.test(file) ? 'jsonl' : process.stdout.isTTY ? 'text' : 'json';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new InputError('usage', `--format "${value}" is not one of ${FORMATS.join(', ')}`);
}
