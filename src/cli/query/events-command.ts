import type { Command } from 'commander';
import type { EventRecord } from '../../domain/index.js';
import type { EventFilter } from '../../storage/event-filter.js';
import type { EventStore } from '../../storage/event-store.js';
import { toEventCsv } from '../../exports/index.js';
import { addFilterOptions, EVENT_FILTER_OPTIONS, type FilterOptionValues } from './add-filter-options.js';
import { createActorCache, toEventActorKeys } from './create-actor-cache.js';
import { formatEventsTable } from './format-events-table.js';
import { parseEventFilter } from './parse-event-filter.js';
import { parsePageOptions, type PageOptionValues } from './parse-page-options.js';
import { parseChoiceOption } from './parse-option-values.js';
import type { QueryIo } from './query-io.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const EXAMPLES = `
Examples:
  sitrep events --actor Turkey --from 2023-01
  sitrep events --actor TUR --side target --quad material-conflict --country SYR
  sitrep events --type consult,agree --from 2022 --to 2022 --format csv > talks.csv
  sitrep events --bbox 35.5,32,42.5,37.5 --modality asserted --limit 500 --offset 500
  sitrep events --text "ground operation" --format jsonl | jq '.evidence[0].text'`;

/** `sitrep events`: a page of stored events matching filters, as a table, JSON, JSON lines or CSV. */
export function registerEvents(program: Command, io: QueryIo): void {
  const command = program
    .command('events')
    .description('list stored events matching filters: who did what to whom, when and where');
  addFilterOptions(command, EVENT_FILTER_OPTIONS)
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--limit <n>', 'events per page, 1 to 10000 (default: 100)')
    .option('--offset <n>', 'events to skip, for the next page (default: 0)');
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: FilterOptionValues & PageOptionValues & { format?: string; db?: string }) => {
      const format: Format = opts.format === undefined ? (io.isTTY ? 'table' : 'jsonl') : parseChoiceOption('--format', opts.format, FORMATS);
      const filter = parseEventFilter(opts);
      const page = parsePageOptions(opts);
      await withStore(opts.db, async (store) => {
        const events = await store.queryEvents(filter, page);
        io.out.write(await renderEvents(store, events, filter, page.offset, format, io.columns));
        if (events.length === 0) io.err.write(await hintUnknownActor(store, filter));
      });
    });
}

async function renderEvents(store: EventStore, events: readonly EventRecord[], filter: EventFilter, offset: number, format: Format, width: number): Promise<string> {
  if (format === 'jsonl') return events.map((e) => `${JSON.stringify(e)}\n`).join('');
  if (format === 'json') return `${JSON.stringify(events, null, 2)}\n`;
  const actors = createActorCache(store);
  await actors.load(events.flatMap(toEventActorKeys));
  if (format === 'csv') {
    const chunks: string[] = [];
    for await (const chunk of toEventCsv(events, actors.get)) chunks.push(chunk);
    return chunks.join('');
  }
  const total = await store.countEvents(filter);
  return `${formatEventsTable(events, actors.nameOf, { total, offset }, width)}\n`;
}

/** When `--actor` names nobody, a note on standard error says so and points to a text search. */
async function hintUnknownActor(store: EventStore, filter: EventFilter): Promise<string> {
  if (filter.actor === undefined || (await store.findActors(filter.actor)).length > 0) return '';
  return `no actor is named "${filter.actor}" in the store; search the evidence text instead: sitrep events --text "${filter.actor}"\n`;
}
