import type { Command } from 'commander';
import type { IncidentRecord } from '../../domain/index.js';
import { addFilterOptions, INCIDENT_FILTER_OPTIONS, type FilterOptionValues } from './add-filter-options.js';
import { createActorCache } from './create-actor-cache.js';
import { formatIncidentsTable } from './format-incidents-table.js';
import { parseIncidentFilter } from './parse-incident-filter.js';
import { parseChoiceOption } from './parse-option-values.js';
import { parsePageOptions, type PageOptionValues } from './parse-page-options.js';
import type { QueryIo } from './query-io.js';
import { toIncidentCsv } from './to-incident-csv.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;

const EXAMPLES = `
Examples:
  sitrep incidents --min-sources 2 --from 2023-01
  sitrep incidents --actor Russia --type assault --country UKR
  sitrep incidents --quad material-conflict --min-reports 3 --format csv > incidents.csv
  sitrep events --incident 42          (each report of incident 42)`;

/** `sitrep incidents`: real-world happenings merged from the reports of several articles, with where the reports disagree. */
export function registerIncidents(program: Command, io: QueryIo): void {
  const command = program
    .command('incidents')
    .description('list incidents: events merged across the articles that report them');
  addFilterOptions(command, INCIDENT_FILTER_OPTIONS)
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--limit <n>', 'incidents per page, 1 to 10000 (default: 100)')
    .option('--offset <n>', 'incidents to skip, for the next page (default: 0)');
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: FilterOptionValues & PageOptionValues & { format?: string; db?: string }) => {
      const format = opts.format === undefined ? (io.isTTY ? 'table' : 'jsonl') : parseChoiceOption('--format', opts.format, FORMATS);
      const filter = parseIncidentFilter(opts);
      const page = parsePageOptions(opts);
      await withStore(opts.db, async (store) => {
        const incidents = await store.queryIncidents(filter, page);
        if (format === 'jsonl') io.out.write(incidents.map((i) => `${JSON.stringify(i)}\n`).join(''));
        else if (format === 'json') io.out.write(`${JSON.stringify(incidents, null, 2)}\n`);
        else {
          const actors = createActorCache(store);
          await actors.load(incidents.flatMap((i: IncidentRecord) => [...i.source, ...i.target]));
          io.out.write(format === 'csv' ? toIncidentCsv(incidents, actors.nameOf) : `${formatIncidentsTable(incidents, actors.nameOf, page, io.columns)}\n`);
        }
      });
    });
}
