import { PLOVER_TYPES, QUAD_CLASSES, type ActorKey } from '../../domain/index.js';
import type { DyadPeriod } from '../../storage/dyad-period.js';
import { toCsvLine } from '../../exports/index.js';

/** The columns of a dyad series as CSV: a count for every PLOVER type and quad class, zeros included. */
export const DYAD_CSV_COLUMNS: readonly string[] = ['period', 'direction', 'a', 'b', 'events', ...PLOVER_TYPES, ...QUAD_CLASSES, 'mean_goldstein'];

/** A dyad series as RFC 4180 CSV (header, CRLF), one row per period and direction, for spreadsheets. */
export function toDyadCsv(a: ActorKey, b: ActorKey, periods: readonly DyadPeriod[]): string {
  return [
    toCsvLine(DYAD_CSV_COLUMNS),
    ...periods.map((p) => toCsvLine([
      p.period, p.direction, a, b, p.events,
      ...PLOVER_TYPES.map((t) => p.types[t] ?? 0), ...QUAD_CLASSES.map((q) => p.quadClasses[q] ?? 0),
      p.meanGoldstein === null ? null : Number(p.meanGoldstein.toFixed(3)),
    ])),
  ].join('');
}
