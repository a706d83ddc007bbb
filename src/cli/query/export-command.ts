import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, type EventRecord } from '../../domain/index.js';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, parseExportFormat, writeExport, type ExportFormat } from '../../exports/index.js';
import type { EventStore } from '../../storage/event-store.js';
import { addFilterOptions, EVENT_FILTER_OPTIONS, type FilterOptionValues } from './add-filter-options.js';
import { createActorCache, withActorsLoaded } from './create-actor-cache.js';
import { loadArticleUrls } from './load-article-urls.js';
import { parseEventFilter } from './parse-event-filter.js';
import { parseTextOption } from './parse-option-values.js';
import type { QueryIo } from './query-io.js';
import { addStoreOption, withStore } from './with-store.js';

const EXAMPLES = `
Examples:
  sitrep export plover-jsonl --out events.jsonl
  sitrep export gdelt --from 2023-01 --to 2023-03 --out q1.tsv
  sitrep export csv --actor Turkey --quad material-conflict > turkey-conflict.csv
  sitrep export geojson --country SYR --out syria.geojson
  sitrep export gexf --from 2023 --out network.gexf        (actor network for Gephi)

File types: ${EXPORT_FORMATS.map((f) => `${f} ${EXPORT_FILE_TYPES[f].extension}`).join(', ')}`;

/** `sitrep export FORMAT`: every matching event, streamed from the store into a file other tools read. */
export function registerExport(program: Command, io: QueryIo): void {
  const command = program
    .command('export')
    .description('export matching events as PLOVER JSONL, GDELT, CSV, GeoJSON, GEXF or GraphML')
    .argument('<format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <file>', 'file to write (default: standard output); written whole or not at all');
  addFilterOptions(command, EVENT_FILTER_OPTIONS);
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (formatName: string, opts: FilterOptionValues & { out?: string; db?: string }) => {
      const format = parseExportFormat(formatName);
      const filter = parseEventFilter(opts);
      const out = opts.out === undefined ? undefined : parseTextOption('--out', opts.out);
      await withStore(opts.db, async (store) => {
        const counter = { events: 0 };
        const write = (sink: NodeJS.WritableStream, end: boolean): Promise<void> => exportEvents(store, format, store.iterateEvents(filter), sink, end, counter);
        if (out === undefined) await write(io.out, false).catch(ignoreClosedPipe);
        else await writeWhole(out, (sink) => write(sink, true));
        io.err.write(`wrote ${counter.events} event${counter.events === 1 ? '' : 's'} to ${out ?? 'standard output'}\n`);
      });
    });
}

/** Streams events into a sink in a format, actors looked up as they come, counting the events. */
async function exportEvents(
  store: EventStore, format: ExportFormat, events: AsyncIterable<EventRecord>, sink: NodeJS.WritableStream, end: boolean, counter: { events: number },
): Promise<void> {
  const actors = createActorCache(store);
  const urls = format === 'gdelt' ? await loadArticleUrls(store) : null;
  async function* counted(): AsyncGenerator<EventRecord> {
    for await (const e of withActorsLoaded(events, actors)) {
      counter.events++;
      yield e;
    }
  }
  await writeExport(format, counted(), actors.get, sink, { end, ...(urls ? { sourceUrl: (e: EventRecord) => urls.get(e.article) ?? null } : {}) });
}

/**
 * Writes a file through a temporary sibling renamed into place at the end, so a failed export
 * leaves no half-written file; a device or pipe (`/dev/stdout`) is written directly.
 */
async function writeWhole(path: string, write: (sink: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  if (existsSync(path) && !statSync(path).isFile()) return write(createWriteStream(path));
  const partial = `${path}.partial-${process.pid}`;
  try {
    await write(createWriteStream(partial));
    renameSync(partial, path);
  } catch (err) {
    rmSync(partial, { force: true });
    if (isSystemError(err) && ['ENOENT', 'EACCES', 'EISDIR', 'EROFS', 'ENOTDIR'].includes(err.code)) {
      throw new InputError('usage', `--out ${path}: cannot write there (${err.code}); expected a file in an existing folder you may write to`, { cause: err });
    }
    throw err;
  }
}

/** `sitrep export csv | head` closes the pipe early: not an error. */
function ignoreClosedPipe(err: unknown): void {
  if (!(isSystemError(err) && err.code === 'EPIPE')) throw err;
}

function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string';
}
