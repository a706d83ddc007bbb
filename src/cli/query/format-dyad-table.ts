import { PLOVER_TYPES, QUAD_CLASSES, type ActorRecord } from '../../domain/index.js';
import type { DyadDirection, DyadPeriod } from '../../storage/dyad-period.js';
import { formatTable, type TableColumn } from './format-table.js';

const DIRECTIONS: Readonly<Record<DyadDirection, string>> = { 'a->b': 'A -> B', 'b->a': 'B -> A', mutual: 'A + B' };
const QUAD_HEADERS = ['v.coop', 'm.coop', 'v.conf', 'm.conf'] as const;

const COLUMNS: readonly TableColumn[] = [
  { header: 'period', min: 10 }, { header: 'direction', min: 6 }, { header: 'events', align: 'right' }, { header: 'types', min: 16 },
  ...QUAD_HEADERS.map((header) => ({ header, align: 'right' as const })), { header: 'goldstein', align: 'right' },
];

/**
 * A dyad series for a terminal: one line per period and direction with its event count, counts per
 * type and per quad class (verbal/material cooperation/conflict), and the mean Goldstein score.
 */
export function formatDyadTable(a: Pick<ActorRecord, 'key' | 'name'>, b: Pick<ActorRecord, 'key' | 'name'>, periods: readonly DyadPeriod[], width: number): string {
  const legend = `A = ${a.name} (${a.key}), B = ${b.name} (${b.key}); A + B: both on the source side`;
  if (periods.length === 0) return `${legend}\nNo dated events between ${a.name} and ${b.name}.`;
  const rows = periods.map((p) => [
    p.period,
    DIRECTIONS[p.direction],
    String(p.events),
    PLOVER_TYPES.filter((t) => p.types[t]).map((t) => `${t} ${p.types[t]}`).join(', '),
    ...QUAD_CLASSES.map((q) => (p.quadClasses[q] ? String(p.quadClasses[q]) : '')),
    p.meanGoldstein === null ? '' : p.meanGoldstein.toFixed(1),
  ]);
  return [legend, ...formatTable(COLUMNS, rows, width)].join('\n');
}
