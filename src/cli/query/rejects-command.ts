import type { Command } from 'commander';
import type { RejectionRecord } from '../../domain/index.js';
import type { EventStore } from '../../storage/event-store.js';
import { formatRejectsTable } from './format-rejects-table.js';
import { parseChoiceOption } from './parse-option-values.js';
import { MAX_PAGE } from './parse-page-options.js';
import type { QueryIo } from './query-io.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['table', 'json', 'jsonl'] as const;

const EXAMPLES = `
Examples:
  sitrep rejects
  sitrep rejects --format jsonl | jq -r 'select(.code == "input/format") | .origin'`;

/** `sitrep rejects`: every input item an ingest could not store, and why. */
export function registerRejects(program: Command, io: QueryIo): void {
  const command = program
    .command('rejects')
    .description('list every rejected input item: where it came from, why, and when')
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: table on a terminal, else jsonl)`);
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: { format?: string; db?: string }) => {
      const format = opts.format === undefined ? (io.isTTY ? 'table' : 'jsonl') : parseChoiceOption('--format', opts.format, FORMATS);
      await withStore(opts.db, async (store) => {
        const rejections = await listAllRejections(store);
        if (format === 'jsonl') io.out.write(rejections.map((r) => `${JSON.stringify(r)}\n`).join(''));
        else if (format === 'json') io.out.write(`${JSON.stringify(rejections, null, 2)}\n`);
        else io.out.write(`${formatRejectsTable(rejections, io.columns)}\n`);
      });
    });
}

/** Every rejection, read page by page. */
async function listAllRejections(store: EventStore): Promise<RejectionRecord[]> {
  const all: RejectionRecord[] = [];
  for (;;) {
    const page = await store.listRejections({ limit: MAX_PAGE, offset: all.length });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}
