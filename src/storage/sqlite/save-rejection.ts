import type { RejectionRecord } from '../../domain/index.js';
import type { SqliteContext } from './sqlite-context.js';

/** Records a rejection once per origin and code; a repeat (re-running an ingest) changes nothing. */
export function saveRejection(ctx: SqliteContext, r: RejectionRecord): void {
  ctx.run('INSERT INTO rejections (origin, code, message, at) VALUES (?, ?, ?, ?) ON CONFLICT (origin, code) DO NOTHING', [r.origin, r.code, r.message, r.at]);
}

/** Rejections, oldest first. */
export function listRejections(ctx: SqliteContext, limit: number, offset: number): RejectionRecord[] {
  return ctx.all<RejectionRecord>('SELECT origin, code, message, at FROM rejections ORDER BY at, origin, code LIMIT ? OFFSET ?', [limit, offset]);
}
