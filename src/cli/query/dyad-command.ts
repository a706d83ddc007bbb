import type { Command } from 'commander';
import { DYAD_INTERVALS } from '../../storage/dyad-period.js';
import { formatDyadTable } from './format-dyad-table.js';
import { parseChoiceOption } from './parse-option-values.js';
import type { QueryIo } from './query-io.js';
import { resolveActor } from './resolve-actor.js';
import { toDyadCsv } from './to-dyad-csv.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['table', 'json', 'csv'] as const;

const EXAMPLES = `
Examples:
  sitrep dyad Turkey Russia
  sitrep dyad TUR SDF --by week
  sitrep dyad "Hulusi Akar" "Sergei Shoigu" --by day --format csv > akar-shoigu.csv`;

/** `sitrep dyad A B`: events between two actors (members included) per period and direction. */
export function registerDyad(program: Command, io: QueryIo): void {
  const command = program
    .command('dyad')
    .description('count events between two actors per period and direction, by type and class')
    .argument('<a>', 'first actor: name, alias or key (quote names with spaces)')
    .argument('<b>', 'second actor: name, alias or key')
    .option('--by <period>', `period: ${DYAD_INTERVALS.join(', ')} (default: month)`)
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: table on a terminal, else json)`);
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (nameA: string, nameB: string, opts: { by?: string; format?: string; db?: string }) => {
      const by = opts.by === undefined ? 'month' : parseChoiceOption('--by', opts.by, DYAD_INTERVALS);
      const format = opts.format === undefined ? (io.isTTY ? 'table' : 'json') : parseChoiceOption('--format', opts.format, FORMATS);
      await withStore(opts.db, async (store) => {
        const [a, b] = [await resolveActor(store, nameA), await resolveActor(store, nameB)];
        const periods = await store.dyadSeries(a.key, b.key, by);
        if (format === 'json') {
          const side = (x: typeof a): object => ({ key: x.key, name: x.name, kind: x.kind, country: x.country });
          io.out.write(`${JSON.stringify({ a: side(a), b: side(b), by, periods }, null, 2)}\n`);
        } else {
          io.out.write(format === 'csv' ? toDyadCsv(a.key, b.key, periods) : `${formatDyadTable(a, b, periods, io.columns)}\n`);
        }
      });
    });
}
