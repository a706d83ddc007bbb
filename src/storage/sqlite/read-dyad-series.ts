import type { ActorKey, PloverType, QuadClass } from '../../domain/index.js';
import { fromDayNumber } from '../day-range.js';
import type { DyadDirection, DyadInterval, DyadPeriod } from '../dyad-period.js';
import type { SqliteContext } from './sqlite-context.js';

// Periods from the lineage row's day (a day number; for a week, its Monday) or month. Events less
// precise than the period are left out: a month-precise event has no day or week.
const PERIODS: Readonly<Record<DyadInterval, { readonly expr: string; readonly precisions: string }>> = {
  day: { expr: 'p.day', precisions: `'day'` },
  week: { expr: 'p.day - (((p.day + 3) % 7) + 7) % 7', precisions: `'day', 'week'` },
  month: { expr: 'p.month', precisions: `'day', 'week', 'month'` },
};

interface Row { period: string | number; direction: DyadDirection; type: PloverType; quad_class: QuadClass; n: number; gsum: number | null; gn: number }

/** Folds rows (one per period, direction, type and quad class) into one DyadPeriod per period and direction. */
function toPeriods(rows: readonly Row[]): DyadPeriod[] {
  const out = new Map<string, { p: DyadPeriod; gsum: number; gn: number }>();
  for (const r of rows) {
    const period = typeof r.period === 'number' ? fromDayNumber(r.period) : r.period;
    const key = `${period} ${r.direction}`;
    const acc = out.get(key) ?? { p: { period, direction: r.direction, events: 0, types: {}, quadClasses: {}, meanGoldstein: null }, gsum: 0, gn: 0 };
    const types = { ...acc.p.types, [r.type]: (acc.p.types[r.type] ?? 0) + r.n };
    const quadClasses = { ...acc.p.quadClasses, [r.quad_class]: (acc.p.quadClasses[r.quad_class] ?? 0) + r.n };
    const [gsum, gn] = [acc.gsum + (r.gsum ?? 0), acc.gn + r.gn];
    out.set(key, { p: { ...acc.p, events: acc.p.events + r.n, types, quadClasses, meanGoldstein: gn === 0 ? null : gsum / gn }, gsum, gn });
  }
  return [...out.values()].map((v) => v.p);
}

/**
 * Events between two actors (members included) per period and direction: the lineage rows of both
 * on one event say who was on which side (bit 1 source, 2 target), and carry type, date and score,
 * so the events table is never read.
 */
export function readDyadSeries(ctx: SqliteContext, a: ActorKey, b: ActorKey, by: DyadInterval): DyadPeriod[] {
  const { expr, precisions } = PERIODS[by];
  const rows = ctx.all<Row>(
    `WITH pairs AS (
       SELECT la.day AS day, la.month AS month, la.type AS type, la.quad_class AS quad_class, la.goldstein AS goldstein, la.sides AS sa, lb.sides AS sb
       FROM event_lineage la JOIN event_lineage lb ON lb.actor_key = ? AND lb.day = la.day AND lb.event = la.event
       WHERE la.actor_key = ? AND la.precision IN (${precisions})),
     dirs(direction, a_bit, b_bit) AS (VALUES ('a->b', 1, 2), ('b->a', 2, 1), ('mutual', 1, 1))
     SELECT ${expr} AS period, d.direction AS direction, p.type AS type, p.quad_class AS quad_class,
       count(*) AS n, sum(p.goldstein) AS gsum, count(p.goldstein) AS gn
     FROM pairs p JOIN dirs d ON p.sa & d.a_bit != 0 AND p.sb & d.b_bit != 0
     GROUP BY period, d.direction, p.type, p.quad_class ORDER BY period, d.direction`, [b, a]);
  return toPeriods(rows);
}
