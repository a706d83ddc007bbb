import type { Command } from 'commander';
import { defaultStorePath, openStore } from '../app/open-store.js';
import { buildSituationReport, writeExports } from '../app/report/index.js';
import { InputError } from '../domain/index.js';
import { formatReport } from './format-report.js';

/** `sitrep report`: the situation report of a store, and its exports written to a folder. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('print a situation report of the store (active actors, events by type, largest incidents, conflictual and cooperative pairs) and write its exports')
    .option('--db <file>', `the SQLite store (default: ${defaultStorePath()}, or $SITREP_DB)`)
    .option('--top <n>', 'rows per section', '10')
    .option('--exports <dir>', 'write every export format (PLOVER JSONL, GDELT, CSV, GeoJSON, GEXF, GraphML) into this folder')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', '\nExamples:\n  sitrep report\n  sitrep report --db syria.db --exports exports/syria --top 20')
    .action(async (flags: { db?: string; top: string; exports?: string; format: string }) => {
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top < 1) throw new InputError('usage', `--top "${flags.top}" is not a whole number of at least 1`);
      if (flags.format !== 'text' && flags.format !== 'json') throw new InputError('usage', `--format "${flags.format}" is not one of text, json`);
      const store = await openStore(flags.db ?? defaultStorePath());
      try {
        const report = await buildSituationReport(store, { top });
        if (flags.format === 'json') process.stdout.write(`${JSON.stringify({ ...report, names: Object.fromEntries(report.names) })}\n`);
        else process.stdout.write(formatReport(report));
        if (flags.exports) {
          const files = await writeExports(store, flags.exports);
          process.stderr.write(`exports written: ${files.join(', ')}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
