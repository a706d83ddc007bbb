import Database from 'better-sqlite3';
import { SitrepError } from '../../domain/index.js';
import { MIGRATIONS } from './migrations/index.js';

/** How long a write waits for another connection's write to finish before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** The name written in `sitrep_meta` so that another SQLite file is never mistaken for a store. */
export const STORE_APPLICATION = 'sitrep-event-store';

function unavailable(path: string, why: string, cause?: unknown): SitrepError {
  return new SitrepError('store/unavailable', `Cannot open the event store ${path}: ${why}`, cause === undefined ? undefined : { cause });
}

/** The schema version of an open database: 0 when empty; throws when it is not a sitrep store. */
function readSchemaVersion(db: Database.Database, path: string): number {
  const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all().map((t) => t.name);
  if (tables.length === 0) return 0;
  if (!tables.includes('sitrep_meta')) {
    throw unavailable(path, `it is an SQLite database with tables ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''} but no sitrep_meta table; expected an empty or new file, or a store made by sitrep.`);
  }
  const meta = new Map(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM sitrep_meta').all().map((r) => [r.key, r.value]));
  const version = Number(meta.get('schema_version'));
  if (meta.get('application') !== STORE_APPLICATION || !Number.isInteger(version)) {
    throw unavailable(path, `its sitrep_meta table names application "${meta.get('application') ?? ''}" and schema version "${meta.get('schema_version') ?? ''}"; expected "${STORE_APPLICATION}" and a whole number.`);
  }
  return version;
}

/** Brings the schema to the latest version, one transaction per migration. */
function migrate(db: Database.Database, path: string): void {
  const version = readSchemaVersion(db, path);
  if (version > MIGRATIONS.length) {
    throw unavailable(path, `it has schema version ${version}, made by a newer sitrep; this sitrep reads versions 1 to ${MIGRATIONS.length}. Upgrade sitrep or use another store.`);
  }
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      const set = db.prepare<[string, string]>('INSERT INTO sitrep_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      set.run('application', STORE_APPLICATION);
      set.run('schema_version', String(version + i + 1));
    })();
  });
}

/**
 * Keeps planner statistics fresh for long-lived connections, sampling each index. Best effort: while
 * another process writes, the lock it needs may be busy, and the store is usable without it.
 */
export function refreshStatistics(db: Database.Database, pragma = 'optimize = 0x10002'): void {
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('analysis_limit = 1000');
    db.pragma(pragma);
  } catch {
    // SQLITE_BUSY: another connection is writing; a later open or close will do it.
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

/**
 * Opens (or creates) a store file, or `:memory:`, with write-ahead logging so that a killed
 * process leaves the last committed transaction intact, and migrates it to the current schema.
 */
export function openSqliteDatabase(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    throw unavailable(path, `SQLite could not open the file (${(cause as Error).message}); expected a writable path or ":memory:".`, cause);
  }
  try {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    // Checkpoint every ~40 MB of log (the default is 4 MB): a batch of saves rewrites many of the same
    // index pages, and copying them to the database once per checkpoint rather than once per batch
    // halves the time commits take. The log is removed when the last connection closes.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 64 MB of page cache (the default is 2 MB): incident matching and filters reread hot index pages.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    migrate(db, path);
    refreshStatistics(db);
    return db;
  } catch (cause) {
    db.close();
    if (cause instanceof SitrepError) throw cause;
    throw unavailable(path, `${(cause as Error).message}; expected an SQLite file made by sitrep, or a new file.`, cause);
  }
}
