import type { EventDate } from '../../domain/index.js';

const DAY_MS = 86_400_000;

/**
 * An event date as short as its precision allows: `2022-12-28`, ISO week `2022-W52` (stored as its
 * Monday), `2022-12`, `2022`, or `undated`.
 */
export function formatEventDate(date: Pick<EventDate, 'value' | 'precision'>): string {
  if (date.value === null) return 'undated';
  switch (date.precision) {
    case 'week': return toIsoWeek(date.value) ?? date.value;
    case 'month': return date.value.slice(0, 7);
    case 'year': return date.value.slice(0, 4);
    default: return date.value;
  }
}

/** `2022-12-26` (a Monday) -> `2022-W52`; the ISO week-year is the year of the week's Thursday. */
function toIsoWeek(monday: string): string | null {
  const ms = Date.parse(`${monday}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  const thursday = new Date(ms + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
