import { memoise, type EventDate } from '../domain/index.js';

/** An inclusive range of day numbers (days since 1970-01-01), the unit of all date arithmetic here. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The day number of a `YYYY-MM-DD` date (or the first day of `YYYY-MM` / `YYYY`), or null when
 * malformed. Remembered: incident matching compares the same few dates again and again.
 */
export const toDayNumber: (value: string) => number | null = memoise(50_000, parseDayNumber);

function parseDayNumber(value: string): number | null {
  const m = DATE_SHAPE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? '1'), Number(m[3] ?? '1')];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // "2023-02-30" rolls over to March: reject it rather than guess.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.floor(ms / DAY_MS);
}

/** The `YYYY-MM-DD` text of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week of a day number (1970-01-01 was a Thursday). */
export function toWeekStart(day: number): number {
  return day - (((day + 3) % 7) + 7) % 7;
}

/** The days an event date covers: one day, the 7 days from a week's Monday, a month, or a year. */
export function toDayRange(date: Pick<EventDate, 'value' | 'precision'>): DayRange | null {
  if (date.value === null || date.precision === null) return null;
  const start = toDayNumber(date.value);
  if (start === null) return null;
  const [y, mo] = date.value.split('-').map(Number) as [number, number | undefined];
  switch (date.precision) {
    case 'day': return { first: start, last: start };
    case 'week': return { first: start, last: start + 6 };
    case 'month': {
      const first = Math.floor(Date.UTC(y, (mo ?? 1) - 1, 1) / DAY_MS);
      return { first, last: Math.floor(Date.UTC(y, mo ?? 1, 1) / DAY_MS) - 1 };
    }
    case 'year': return { first: Math.floor(Date.UTC(y, 0, 1) / DAY_MS), last: Math.floor(Date.UTC(y + 1, 0, 1) / DAY_MS) - 1 };
  }
}
