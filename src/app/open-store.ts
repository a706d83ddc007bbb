import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, SitrepError } from '../domain/index.js';
import type { EventStore } from '../storage/event-store.js';
import { createSqliteEventStore } from '../storage/sqlite/sqlite-event-store.js';
import { loadConfig } from './config/load-config.js';

/**
 * The store file used when no `--db` is given: `$SITREP_DB`, else the config file's `db`, else
 * `sitrep.db` in the working folder. (A broken config file is reported where its folders are read.)
 */
export function defaultStorePath(): string {
  return process.env['SITREP_DB'] ?? configuredStore() ?? 'sitrep.db';
}

function configuredStore(): string | null {
  try {
    return loadConfig().db;
  } catch {
    return null;
  }
}

/** Options for `openStore`. */
export interface OpenStoreOptions {
  /** Create the store when the file does not exist (ingest); queries need an existing store. */
  readonly create?: boolean;
}

/**
 * Opens the event store at a path: the embedded SQLite store (one file, no server). The one place
 * that picks the store implementation; a PostgreSQL URL will be recognised here.
 */
export async function openStore(path: string = defaultStorePath(), options: OpenStoreOptions = {}): Promise<EventStore> {
  if (!options.create && path !== ':memory:' && !existsSync(path)) {
    throw new InputError('input/unreadable', `no sitrep store at ${resolve(path)}; create one with \`sitrep ingest PATH --db ${path}\``);
  }
  try {
    return createSqliteEventStore(path);
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    // "file is not a database", a read-only folder, a locked file
    throw new SitrepError('store/unavailable', `cannot open the sitrep store ${resolve(path)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
