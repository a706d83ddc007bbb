import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorKey, ActorRecord } from '../../domain/index.js';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, writeExport, type ExportFormat } from '../../exports/index.js';
import type { EventStore } from '../../storage/event-store.js';
import type { EventFilter } from '../../storage/event-filter.js';

const PAGE = 10_000;

/** Every stored actor by key, for exports to name the actors of events. */
export async function loadActorLookup(store: EventStore): Promise<(key: ActorKey) => ActorRecord | undefined> {
  const actors = new Map<ActorKey, ActorRecord>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listActors({ limit: PAGE, offset });
    for (const a of page) actors.set(a.key, a);
    if (page.length < PAGE) break;
  }
  return (key) => actors.get(key);
}

/**
 * Writes the store's events in every export format (or those given) into a folder, as
 * `events.<ext>` and `network.<ext>`, and returns the files written.
 */
export async function writeExports(store: EventStore, dir: string, formats: readonly ExportFormat[] = EXPORT_FORMATS, filter: EventFilter = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const actors = await loadActorLookup(store);
  const files: string[] = [];
  for (const format of formats) {
    const base = format === 'gexf' || format === 'graphml' ? 'network' : format === 'gdelt' ? 'events.gdelt' : 'events';
    const file = join(dir, `${base}${EXPORT_FILE_TYPES[format].extension}`);
    await writeExport(format, store.iterateEvents(filter), actors, createWriteStream(file));
    files.push(file);
  }
  return files;
}
