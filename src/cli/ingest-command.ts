import type { Command } from 'commander';
import { loadConfig } from '../app/config/load-config.js';
import { createExtractPool } from '../app/extract-pool/index.js';
import { countRejected, DEFAULT_BATCH_MS, DEFAULT_BATCH_SIZE, ingest, type IngestSummary } from '../app/ingest/index.js';
import { defaultStorePath, openStore } from '../app/open-store.js';
import { InputError } from '../domain/index.js';
import { countInputItems, readInputs, STDIN_PATH } from '../sources/index.js';
import { createProgress } from './progress/index.js';

interface IngestFlags {
  db?: string;
  workers?: string;
  data?: string[];
  format?: string;
  batch?: string;
  quiet?: boolean;
  json?: boolean;
  textColumn?: string;
  titleColumn?: string;
  dateColumn?: string;
  outletColumn?: string;
  urlColumn?: string;
  idColumn?: string;
}

/** `sitrep ingest`: files and folders of articles into the store, on all cores, once. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract events from files and folders of articles and save them in the store (re-running adds nothing)')
    .argument('<paths...>', `files or folders (recursive) of .txt, .md, .html, .json, .jsonl(.gz), .csv, .tsv, RSS/Atom; ${STDIN_PATH} reads standard input`)
    .option('--db <file>', `the SQLite store (default: ${defaultStorePath()}, or $SITREP_DB)`)
    .option('--workers <n>', 'worker threads for extraction (default: all cores; 0 extracts on the main thread)')
    .option('--data <dir...>', 'extra knowledge-base folder(s) in the format of data/ (your own actors and aliases)')
    .option('--format <format>', 'format of standard input and of named files whose extension does not tell')
    .option('--batch <n>', `most articles saved per transaction (a batch is also saved after ${DEFAULT_BATCH_MS / 1000} s)`, String(DEFAULT_BATCH_SIZE))
    .option('--text-column <name>', 'CSV/TSV: the column holding the article text')
    .option('--title-column <name>', 'CSV/TSV: the column holding the title')
    .option('--date-column <name>', 'CSV/TSV: the column holding the publication date')
    .option('--outlet-column <name>', 'CSV/TSV: the column holding the outlet')
    .option('--url-column <name>', 'CSV/TSV: the column holding the URL')
    .option('--id-column <name>', 'CSV/TSV: the column holding a stable article id')
    .option('--quiet', 'no progress lines')
    .option('--json', 'print the closing summary as JSON on standard output')
    .addHelpText('after', [
      '',
      'Every item ends up stored, recognised as a duplicate, or rejected with a reason (see `sitrep rejects`).',
      'Progress goes to standard error: a live line on a terminal, JSON lines otherwise.',
      '',
      'Examples:',
      '  sitrep ingest examples/articles',
      '  sitrep ingest ../shared/corpus/fakes_syria.jsonl.gz --db syria.db',
      '  sitrep ingest feed.csv --text-column body --date-column published',
    ].join('\n'))
    .action(async (paths: string[], flags: IngestFlags) => {
      const workers = flags.workers === undefined ? undefined : parseCount(flags.workers, '--workers', 0);
      const batchSize = parseCount(flags.batch ?? String(DEFAULT_BATCH_SIZE), '--batch', 1);
      const store = await openStore(flags.db ?? defaultStorePath(), { create: true });
      const pool = await createExtractPool({ ...(workers === undefined ? {} : { workers }), extractor: { userDataDirs: flags.data ?? loadConfig().data } });
      const progress = createProgress({ stream: process.stderr, label: 'ingest', quiet: flags.quiet === true });
      // counted beside the run (one cheap pass over the files), for the percentage and ETA
      if (flags.quiet !== true) void countInputItems(paths).then((n) => progress.setTotal(n), () => undefined);
      let seen = { read: 0, stored: 0, duplicates: 0, rejected: 0, events: 0 };
      try {
        const items = readInputs(paths, { ...(flags.format ? { format: flags.format } : {}), columns: columnsOf(flags) });
        const summary = await ingest(items, { store, pool }, {
          batchSize,
          onProgress: (s) => {
            const now = { read: s.read, stored: s.stored, duplicates: s.duplicates + s.nearDuplicates, rejected: countRejected(s), events: s.events };
            if (JSON.stringify(now) === JSON.stringify(seen)) return;
            progress.tick(now.read - seen.read, { stored: now.stored - seen.stored, duplicates: now.duplicates - seen.duplicates, rejected: now.rejected - seen.rejected, events: now.events - seen.events });
            seen = now;
          },
        });
        progress.done();
        const stats = await store.stats();
        if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary, store: stats })}\n`);
        else process.stdout.write(formatSummary(summary, stats.incidents));
        if (summary.read === 0) throw new InputError('input/empty', `${paths.join(', ')} holds no article`);
      } finally {
        await pool.close();
        await store.close();
      }
    });
}

/** The closing summary for a person: what was stored, skipped and rejected, and how long it took. */
export function formatSummary(s: IngestSummary, incidents: number): string {
  const rejected = countRejected(s);
  const reasons = Object.entries(s.rejected).map(([code, n]) => `${code} ${n}`).join(', ');
  const rate = s.seconds > 0 ? ` (${(s.read / s.seconds).toFixed(1)} items/s)` : '';
  return [
    `read ${s.read} items in ${s.seconds.toFixed(1)} s${rate}`,
    `  stored ${s.stored}, unchanged ${s.unchanged}, updated ${s.updated}`,
    `  duplicates ${s.duplicates} exact, ${s.nearDuplicates} near (linked to their originals)`,
    `  rejected ${rejected}${reasons ? `: ${reasons} (see \`sitrep rejects\`)` : ''}`,
    `  events ${s.events} new; incidents ${s.newIncidents} new, ${incidents} in the store`,
    '',
  ].join('\n');
}

function columnsOf(flags: IngestFlags): Record<string, string> {
  const columns: Record<string, string> = {};
  const pairs: [string, string | undefined][] = [['text', flags.textColumn], ['title', flags.titleColumn], ['date', flags.dateColumn], ['outlet', flags.outletColumn], ['url', flags.urlColumn], ['id', flags.idColumn]];
  for (const [field, column] of pairs) if (column) columns[field] = column;
  return columns;
}

function parseCount(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InputError('usage', `${flag} "${value}" is not a whole number of at least ${min}`);
  return n;
}
