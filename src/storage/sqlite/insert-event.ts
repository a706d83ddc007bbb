import type { StoredEvent } from '../to-stored-event.js';
import type { StoreLineage } from './create-lineage.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

/** What events copy from their article (kept on the event row so queries need no join). */
export interface ArticleContext {
  readonly id: string;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Independent-source identity: the outlet, or the original's for a copy (see articles.source_key). */
  readonly sourceKey: string;
}

/** The `day` of lineage rows for an event with no date and no publication date (sorts first, matches no date filter). */
export const NO_DAY = -1_000_000;

const SIDES = [['source', 'source'], ['target', 'target'], ['attributed', 'attributedTo']] as const;

/** Adds lineage rows: each source and target and every actor it belongs to, with the sides it is on. */
function insertLineage(ctx: SqliteContext, seq: number, e: StoredEvent, incident: number, lineage: StoreLineage): void {
  const sides = new Map<string, number>();
  const mark = (keys: readonly string[], bit: number): void => {
    for (const key of keys) for (const k of [key, ...lineage.ancestors(key)]) sides.set(k, (sides.get(k) ?? 0) | bit);
  };
  mark(e.source, 1);
  mark(e.target, 2);
  for (const [key, bits] of sides) {
    ctx.run(`INSERT INTO event_lineage (actor_key, day, event, sides, day_last, type, quad_class, precision, month, goldstein, incident)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [key, e.days?.first ?? NO_DAY, seq, bits, e.days?.last ?? NO_DAY, e.type, e.quadClass, e.date.precision, e.month, e.goldstein, incident]);
  }
}

/** Inserts an event as `seq` into its incident, with its details, actors by side, lineage and evidence text. */
export function insertEvent(ctx: SqliteContext, article: ArticleContext, e: StoredEvent, seq: number, incident: number, lineage: StoreLineage): void {
  const [days, window, loc] = [e.days, e.window, e.location];
  ctx.run(
    `INSERT INTO events (seq, id, article, outlet, published, source_key, type, quad_class, mode, cameo, goldstein, modality, date_value, date_precision,
       day_first, day_last, win_first, win_last, place_name, place_country, lat, lon, place_precision, incident)
     VALUES (${toPlaceholders(24)})`,
    [seq, e.id, article.id, article.outlet, article.published, article.sourceKey, e.type, e.quadClass, e.mode, e.cameo, e.goldstein, e.modality,
      e.date.value, e.date.precision, days?.first ?? null, days?.last ?? null, window?.first ?? null, window?.last ?? null,
      loc?.name ?? null, loc?.country ?? null, loc?.lat ?? null, loc?.lon ?? null, loc?.precision ?? null, incident],
  );
  ctx.run('INSERT INTO event_details (event, date_text, date_reason, place_id, evidence, rule, reason, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [seq, e.date.text, e.date.reason, loc?.place ?? null, e.evidenceJson, e.rule, e.reason, e.fingerprint]);
  for (const [side, field] of SIDES) {
    e[field].forEach((key, position) => ctx.run('INSERT INTO event_actors (event, side, position, actor_key) VALUES (?, ?, ?, ?)', [seq, side, position, key]));
  }
  insertLineage(ctx, seq, e, incident, lineage);
  ctx.run('INSERT INTO event_text (rowid, text) VALUES (?, ?)', [seq, e.evidenceText]);
}
