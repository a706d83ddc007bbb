/** A calendar day as a whole number of days since 1970-01-01, so date arithmetic is plain addition. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date, or null when the date does not exist ("February 30"). */
export function toDayNumber(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls "February 30" over into March; a rolled-over date does not exist.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Parses a `YYYY-MM-DD` date (a longer ISO timestamp is cut to its date), or null when it is not one. */
export function parseDayNumber(iso: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso);
  if (match === null) return null;
  return toDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The year, month (1-12) and day of a day number. */
export function toCivilDate(day: DayNumber): { readonly year: number; readonly month: number; readonly day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The weekday of a day number, Monday = 0 ... Sunday = 6. */
export function weekdayOf(day: DayNumber): number {
  // 1970-01-01 was a Thursday (3).
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday that starts the week of a day. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - weekdayOf(day);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function toIsoDay(day: DayNumber): string {
  const civil = toCivilDate(day);
  return `${pad(civil.year, 4)}-${pad(civil.month, 2)}-${pad(civil.day, 2)}`;
}

/** Formats a month counted from year 0 (`year * 12 + month - 1`) as `YYYY-MM`. */
export function toIsoMonth(monthCount: number): string {
  const year = Math.floor(monthCount / 12);
  return `${pad(year, 4)}-${pad(monthCount - year * 12 + 1, 2)}`;
}

/** The month count (`year * 12 + month - 1`) of a day, for month arithmetic. */
export function monthCountOf(day: DayNumber): number {
  const civil = toCivilDate(day);
  return civil.year * 12 + civil.month - 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
