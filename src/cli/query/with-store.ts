import type { Command } from 'commander';
import { defaultStorePath, openStore } from '../../app/open-store.js';
import type { EventStore } from '../../storage/event-store.js';

/** Adds `--db FILE`, the store every query command reads. */
export function addStoreOption(command: Command): Command {
  return command.option('--db <file>', 'the event store to read (default: $SITREP_DB, else sitrep.db)');
}

/** Opens an existing store (never creating one), runs `use` on it and closes it, also when `use` throws. */
export async function withStore<T>(path: string | undefined, use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openStore(path ?? defaultStorePath(), { create: false });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
