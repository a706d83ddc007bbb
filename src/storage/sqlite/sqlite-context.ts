import type Database from 'better-sqlite3';

/** A value SQLite binds or returns. */
export type SqlValue = string | number | bigint | Buffer | null;

/** An open database with cached prepared statements; every sqlite/ function takes one. */
export interface SqliteContext {
  readonly db: Database.Database;
  /** Rows of a query, typed by the caller (the SQL's column aliases must match `Row`). */
  all<Row>(sql: string, params?: readonly SqlValue[]): Row[];
  get<Row>(sql: string, params?: readonly SqlValue[]): Row | undefined;
  run(sql: string, params?: readonly SqlValue[]): Database.RunResult;
}

/** Wraps a database so that each distinct SQL text is prepared once. */
export function createSqliteContext(db: Database.Database): SqliteContext {
  const cache = new Map<string, Database.Statement<SqlValue[]>>();
  const prepare = (sql: string): Database.Statement<SqlValue[]> => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<SqlValue[]>(sql);
      // Queries built from filters vary; keep the cache from growing without bound.
      if (cache.size > 500) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return {
    db,
    all: <Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as Row[],
    get: <Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as Row | undefined,
    run: (sql, params = []) => prepare(sql).run(...params),
  };
}

/** `?, ?, ?` for an IN list of n values. */
export function toPlaceholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Bytes as SQLite binds a BLOB (a Buffer; a Uint8Array posted from another thread is not one), without copying. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
