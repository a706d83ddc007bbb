import type { Command } from 'commander';
import { formatStatsText } from './format-stats-text.js';
import { parseChoiceOption } from './parse-option-values.js';
import type { QueryIo } from './query-io.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['text', 'json'] as const;

/** `sitrep stats`: what the store holds. */
export function registerStats(program: Command, io: QueryIo): void {
  const command = program
    .command('stats')
    .description('count the articles, copies, rejects, events, incidents and actors in the store')
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: text on a terminal, else json)`);
  addStoreOption(command)
    .addHelpText('after', '\nExamples:\n  sitrep stats\n  sitrep stats --db archive.db --format json')
    .action(async (opts: { format?: string; db?: string }) => {
      const format = opts.format === undefined ? (io.isTTY ? 'text' : 'json') : parseChoiceOption('--format', opts.format, FORMATS);
      await withStore(opts.db, async (store) => {
        const stats = await store.stats();
        io.out.write(format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStatsText(stats)}\n`);
      });
    });
}
