import { PLOVER_TYPES } from '../../domain/index.js';
import type { MonthlyCount } from '../../storage/actor-profile.js';
import { formatTable, type TableColumn } from './format-table.js';

/**
 * A month × type table of event counts: one row per month, a column per type that occurs (in PLOVER
 * order) and a total. Type names shorten to four letters (CONS, ASSA) when they would not fit.
 */
export function formatMonthlyCounts(monthly: readonly MonthlyCount[], width: number): string[] {
  if (monthly.length === 0) return [];
  const types = PLOVER_TYPES.filter((t) => monthly.some((m) => m.type === t));
  const months = [...new Set(monthly.map((m) => m.month))].sort();
  const count = new Map(monthly.map((m) => [`${m.month} ${m.type}`, m.events]));
  const fullWidth = 'YYYY-MM'.length + types.reduce((sum, t) => sum + 2 + t.length, 0) + 2 + 'total'.length;
  const header = (t: string): string => (fullWidth <= width ? t : t.slice(0, 4));
  const columns: TableColumn[] = [{ header: 'month' }, ...types.map((t) => ({ header: header(t), align: 'right' as const })), { header: 'total', align: 'right' }];
  const rows = months.map((month) => {
    const cells = types.map((t) => count.get(`${month} ${t}`) ?? 0);
    return [month, ...cells.map((n) => (n === 0 ? '' : String(n))), String(cells.reduce((a, b) => a + b, 0))];
  });
  return formatTable(columns, rows, width);
}
