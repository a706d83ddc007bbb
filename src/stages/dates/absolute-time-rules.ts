import { toCivilDate, toDayNumber } from './day-number.js';
import { resolveAnnualDate } from './resolve-annual-date.js';
import { dayTime, monthTime, yearTime, type RuleContext, type RuleOutcome, type TimeRule } from './time-rule.js';
import { DAY_OF_MONTH, MONTH, WEEKDAY_NAME, YEAR, initialCase, toMonthNumber } from './time-words.js';
import { wordAfter, wordBefore } from './word-before.js';

/** A weekday leading a full date ("Wednesday, May 9"); it adds nothing to the value. */
const LEADING_WEEKDAY = `(?:\\b(?:${WEEKDAY_NAME}),?\\s+)?`;

/** "the 1990s", "the '80s": consumed and left out, since sitrep dates nothing coarser than a year. */
export const decadeRule: TimeRule = {
  name: 'decade',
  description: 'Decades are skipped so that their digits are not read as a year.',
  pattern: `(?:\\b${initialCase('the')}\\s+)?(?:\\b(?:1[89]|20)\\d0|(?<![\\w'’])['’]\\d0)['’]?s\\b`,
  resolve: () => 'skip',
};

/** "2020-05-09", "2020/05/09". */
export const isoDateRule: TimeRule = {
  name: 'iso-date',
  description: 'An ISO-style numeric date, year first.',
  pattern: '\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/-])',
  resolve: ([, year, month, day]) => exactDay(Number(year), Number(month), Number(day)),
};

/** "5/9/2020", "5/9/20": US month-first order unless the first number cannot be a month ("28/12/2022"). */
export const slashDateRule: TimeRule = {
  name: 'slash-date',
  description: 'A numeric date with slashes, month first as in US news, day first when the first number exceeds 12.',
  pattern: '(?<![\\d/.,])\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])',
  resolve: ([, first, second, yearText], context) => {
    const [a, b] = [Number(first), Number(second)];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return exactDay(toFullYear(yearText ?? '', context), month, day);
  },
};

/** "May 9, 2020", "Wednesday, Dec. 28", "on December 28", "Sept. 9-10". */
export const monthDayRule: TimeRule = {
  name: 'month-day',
  description: 'A month name followed by a day, with an optional year; without one the year is the most recent fitting one.',
  pattern: `${LEADING_WEEKDAY}\\b${MONTH}\\s+${DAY_OF_MONTH}(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+${YEAR})?`,
  resolve: ([, month, abbreviation, day, year], context) => dayOfMonth(toMonthNumber(month ?? abbreviation), Number(day), year, context),
};

/** "9 May 2020" (ACLED style), "the 9th of May", "28 December". */
export const dayMonthRule: TimeRule = {
  name: 'day-month',
  description: 'A day followed by a month name, with an optional year; without one the year is the most recent fitting one.',
  pattern: `${LEADING_WEEKDAY}(?:\\b${initialCase('the')}\\s+)?\\b${DAY_OF_MONTH}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`,
  resolve: ([, day, month, abbreviation, year], context) => dayOfMonth(toMonthNumber(month ?? abbreviation), Number(day), year, context),
};

/** "December 2019", "May of 2020", "Dec. 2019". */
export const monthYearRule: TimeRule = {
  name: 'month-year',
  description: 'A month name with a year: month precision.',
  pattern: `\\b${MONTH}(?:\\s+of)?,?\\s+${YEAR}`,
  resolve: ([, month, abbreviation, year]) => {
    const number = toMonthNumber(month ?? abbreviation);
    return number === null ? null : monthTime(Number(year) * 12 + number - 1);
  },
};

/** Words after which a bare number is a year: "in 2019", "since 2001", "the 2016 election", "its 1990 invasion". */
const YEAR_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'of', 'before', 'after', 'during', 'between', 'the',
  'year', 'early', 'late', 'mid', 'circa', 'around', 'throughout', 'end', 'beginning', 'start', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'fiscal', 'as', 'for', 'due',
  // A year used as a modifier: "its 1990 invasion", "a 1971 convention", "in both 1990 and 1991".
  'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'both', 'and', 'or',
]);

/**
 * "in 2019", "since 2001", "the 2016 election", "a potential 2016 bid" (near the publication year),
 * "fiscal 1998"; not "2000 troops", "at 2000 GMT" or "© 2019".
 */
export const yearRule: TimeRule = {
  name: 'year',
  description: 'A four-digit year near the publication year, or after a cue word or before punctuation; counts and clock times are left out.',
  pattern: `\\b((?:[Ff]iscal\\s+(?:year\\s+)?)?)${YEAR}(?!s\\b|\\s*(?:GMT|UTC|GST|hours|hrs|[AaPp]\\.?[Mm]\\b))`,
  resolve: ([, fiscal, yearText], context) => {
    const year = Number(yearText);
    const published = context.published === null ? null : toCivilDate(context.published).year;
    if (published !== null && year > published + 30) return null;
    if ((fiscal ?? '') !== '' || context.prefix !== '') return yearTime(year);
    // "$2000", "No. 2000", "© 2019 The Washington Times".
    if (/[$£€#.:/©-]/.test(context.text.charAt(context.start - 1))) return null;
    const before = wordBefore(context.text, context.start);
    if (before === 'copyright' || context.text.charAt(context.start - 2) === '©') return null;
    // "2019." "2019," "(2019)" end a phrase; "2019.5" or "2019,000" do not.
    if (/^(?:[;:!?)"”’\]\n]|[.,](?!\d)|$)/.test(context.text.slice(context.end, context.end + 2))) return yearTime(year);
    // "the 2000 troops", "of 1500 people": a count before a plural noun, unless the year is recent.
    const recent = published !== null && Math.abs(year - published) <= 10;
    const after = wordAfter(context.text, context.end);
    const beforeCount = /^[a-z]+[^s']s$/.test(after) || COUNTED.has(after) || isRangeOfCounts(context.text, context.start);
    if (recent) return beforeCount && !YEAR_CUES.has(before) ? null : yearTime(year);
    // An older year needs a cue: "in 1971", "its 1990 invasion", "Reagan's 1984 campaign".
    if (!YEAR_CUES.has(before) && !/['’]s$/.test(before)) return null;
    return beforeCount ? null : yearTime(year);
  },
};

/** Plural nouns without an -s that follow counts: "1800 people", "1500 men". */
const COUNTED = new Set(['people', 'men', 'women', 'children', 'personnel', 'dead', 'killed', 'wounded', 'injured', 'police', 'staff', 'sheep', 'cattle']);

/** "between 1000 and 1800 people", "1200 to 1500": the other end of the range is a count, not a year. */
function isRangeOfCounts(text: string, start: number): boolean {
  const m = /(\d[\d,]*)\s+(?:and|or|to|-)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  if (!m?.[1]) return false;
  const n = Number(m[1].replace(/,/g, ''));
  return n < 1000 || n > 2100 || /,/.test(m[1]) || n === 1000;
}

function exactDay(year: number, month: number, day: number): RuleOutcome {
  const date = toDayNumber(year, month, day);
  return date === null ? 'invalid' : dayTime(date);
}

function dayOfMonth(month: number | null, day: number, yearText: string | undefined, context: RuleContext): RuleOutcome {
  if (month === null || day < 1 || day > 31) return null;
  if (yearText !== undefined) return exactDay(Number(yearText), month, day);
  if (context.published === null) return 'unanchored';
  const date = resolveAnnualDate(context.published, (year) => toDayNumber(year, month, day), context.tense());
  return date === null ? 'invalid' : dayTime(date);
}

/** "20" -> 2020 when that is at most ten years after publication, else 1920; four digits stay. */
function toFullYear(yearText: string, context: RuleContext): number {
  if (yearText.length === 4) return Number(yearText);
  const reference = context.published === null ? 2030 : toCivilDate(context.published).year + 10;
  const year = 2000 + Number(yearText);
  return year <= reference ? year : year - 100;
}
