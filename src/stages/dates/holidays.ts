import { toDayNumber, weekdayOf, type DayNumber } from './day-number.js';

/** The day of a holiday in a given year, or null. */
type HolidayDate = (year: number) => DayNumber | null;

const fixed = (month: number, day: number): HolidayDate => (year) => toDayNumber(year, month, day);

/** The nth weekday (Monday = 0) of a month; n = -1 for the last one ("last Monday of May"). */
function nthWeekday(year: number, month: number, weekday: number, n: number): DayNumber | null {
  if (n < 0) {
    const last = toDayNumber(year, month + 1, 1);
    const end = (last ?? toDayNumber(year + 1, 1, 1) ?? 0) - 1;
    return end - ((weekdayOf(end) - weekday + 7) % 7);
  }
  const first = toDayNumber(year, month, 1);
  if (first === null) return null;
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easterSunday(year: number): DayNumber | null {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDayNumber(year, month, day);
}

/**
 * Holidays news dates events by, keyed by their lower-cased name with straight apostrophes.
 * US federal holidays are included because US outlets dominate English news.
 */
export const HOLIDAYS: ReadonlyMap<string, HolidayDate> = new Map<string, HolidayDate>([
  ['christmas', fixed(12, 25)],
  ['christmas day', fixed(12, 25)],
  ['christmas eve', fixed(12, 24)],
  ['boxing day', fixed(12, 26)],
  ["new year's eve", fixed(12, 31)],
  ["new year's day", fixed(1, 1)],
  ["new year's", fixed(1, 1)],
  ["valentine's day", fixed(2, 14)],
  ['halloween', fixed(10, 31)],
  ['veterans day', fixed(11, 11)],
  ['independence day', fixed(7, 4)],
  ['thanksgiving', (year) => nthWeekday(year, 11, 3, 4)],
  ['thanksgiving day', (year) => nthWeekday(year, 11, 3, 4)],
  ['memorial day', (year) => nthWeekday(year, 5, 0, -1)],
  ['labor day', (year) => nthWeekday(year, 9, 0, 1)],
  ['easter', easterSunday],
  ['easter sunday', easterSunday],
  ['easter monday', (year) => { const easter = easterSunday(year); return easter === null ? null : easter + 1; }],
  ['good friday', (year) => { const easter = easterSunday(year); return easter === null ? null : easter - 2; }],
]);

/** Regex source matching any holiday name in HOLIDAYS, as written in text (either apostrophe). */
export const HOLIDAY_NAME = [...HOLIDAYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/(^|\s)([a-z])/g, (_m, space: string, letter: string) => space + letter.toUpperCase())
    .replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');

/** The lookup key of a holiday name as written ("New Year’s  Eve" -> "new year's eve"). */
export function toHolidayKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}
