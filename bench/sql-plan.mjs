// Helpers of store-bench.mjs: which SQL statements a store call runs, how long each takes, and the
// query plan SQLite chose for each. Diagnostics only: they reach into SqliteEventStore's private
// `ctx` (its database and statement cache), so they say so and give up when that is not there.

/**
 * Runs `fn` with the store's statement calls wrapped and returns every statement it ran, in order,
 * with its parameters and milliseconds; null when the store has no `ctx` to wrap.
 */
export async function traceStatements(store, fn) {
  const ctx = store.ctx;
  if (!ctx || typeof ctx.all !== 'function' || !ctx.db) return null;
  const statements = [];
  const wrap = (method) => (sql, params = []) => {
    const t = performance.now();
    try {
      return ctx[method](sql, params);
    } finally {
      statements.push({ sql, params, ms: performance.now() - t });
    }
  };
  store.ctx = { db: ctx.db, all: wrap('all'), get: wrap('get'), run: wrap('run') };
  try {
    await fn();
  } finally {
    store.ctx = ctx;
  }
  return statements;
}

/** `EXPLAIN QUERY PLAN` of a statement as indented lines, as the sqlite3 shell prints it. */
export function explain(db, sql, params) {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params);
  const depth = new Map([[0, -1]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? -1) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
}

/** SQL text on one line, white space collapsed, for reports. */
export function oneLine(sql) {
  return sql.replace(/\s+/g, ' ').trim().replace(/\?(, \?){2,}/g, '?, …');
}

/**
 * Runs `fn` with the store's statement calls wrapped, adding up calls and milliseconds per SQL text
 * (IN lists folded, so `IN (?, ?)` and `IN (?, ?, ?)` count as one); null when the store has no `ctx`.
 * Time outside the wrapped calls (JavaScript, transaction begin and commit) is `totalMs - sqlMs`.
 */
export async function profileStatements(store, fn) {
  const ctx = store.ctx;
  if (!ctx || typeof ctx.all !== 'function' || !ctx.db) return null;
  const bySql = new Map();
  const wrap = (method) => (sql, params = []) => {
    const t = performance.now();
    try {
      return ctx[method](sql, params);
    } finally {
      const ms = performance.now() - t;
      const entry = bySql.get(sql) ?? { calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += ms;
      bySql.set(sql, entry);
    }
  };
  store.ctx = { db: ctx.db, all: wrap('all'), get: wrap('get'), run: wrap('run') };
  const t = performance.now();
  try {
    await fn();
  } finally {
    store.ctx = ctx;
  }
  const totalMs = performance.now() - t;
  const folded = new Map();
  for (const [sql, { calls, ms }] of bySql) {
    const key = oneLine(sql);
    const entry = folded.get(key) ?? { sql: key, calls: 0, ms: 0 };
    entry.calls += calls;
    entry.ms += ms;
    folded.set(key, entry);
  }
  const statements = [...folded.values()].sort((a, b) => b.ms - a.ms);
  return { totalMs, sqlMs: statements.reduce((s, x) => s + x.ms, 0), statements };
}
