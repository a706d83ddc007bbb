import { monthCountOf, toCivilDate, weekdayOf, type DayNumber } from './day-number.js';
import { HOLIDAYS, HOLIDAY_NAME, toHolidayKey } from './holidays.js';
import { resolveAnnualDate, resolveAnnualMonth } from './resolve-annual-date.js';
import { resolveWeekday, type WeekdayDirection } from './resolve-weekday.js';
import { dayTime, monthTime, weekTime, yearTime, type RuleContext, type TimeRule } from './time-rule.js';
import { MONTH_NAME, NUMBER_WORDS, PART_OF_DAY, WEEKDAY_NAME, WEEKDAY_NUMBERS, YEAR, initialCaseAlternatives, toMonthNumber } from './time-words.js';
import { wordAfter, wordBefore } from './word-before.js';

/** Days from publication named by casual words. */
const CASUAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['this morning', 0], ['this afternoon', 0], ['this evening', 0],
  ['yesterday', -1], ['last night', -1], ['tomorrow', 1],
  ['the day before yesterday', -2], ['the day after tomorrow', 2],
]);

/** "today", "yesterday morning", "last night", "tomorrow". */
export const casualDayRule: TimeRule = {
  name: 'casual-day',
  description: 'A day named relative to publication, optionally with a part of the day.',
  pattern: `\\b(${initialCaseAlternatives([...CASUAL_DAYS.keys()])})${PART_OF_DAY}`,
  resolve: ([, word], context) => {
    const offset = CASUAL_DAYS.get(normalise(word));
    if (offset === undefined) return null;
    return context.published === null ? 'unanchored' : dayTime(context.published + offset);
  },
};

/** Modifiers of a period or a day name, as the step they take from the publication date. */
const STEPS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1], ['this past', -1], ['this', 0], ['the', 0], ['the current', 0], ['next', 1], ['this coming', 1], ['coming', 1],
]);

/** A leading word that makes "the month" or "the year" the current one: "earlier in the year", "by the end of the month". */
const CURRENT_PERIOD_PREFIX = /\b(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|end|beginning|start|middle)\b/;

/** "last week", "this month", "next year", "the current fiscal year", "over the weekend", "earlier in the year". */
export const relativePeriodRule: TimeRule = {
  name: 'relative-period',
  description: 'A week, weekend, month or year named relative to publication.',
  pattern: `\\b(${initialCaseAlternatives(['last', 'this past', 'this', 'next', 'this coming', 'the current', 'the'])})\\s+(?:fiscal\\s+)?(week|weekend|month|year)\\b`,
  resolve: ([, modifier, unit], context) => {
    const step = STEPS.get(normalise(modifier));
    // "the week", "the year" alone refer back to something else in the text.
    const current = unit === 'weekend' || CURRENT_PERIOD_PREFIX.test(context.prefix);
    if (step === undefined || (normalise(modifier) === 'the' && !current)) return null;
    if (context.published === null) return 'unanchored';
    const published = context.published;
    switch (unit) {
      case 'week': return weekTime(published + 7 * step);
      case 'weekend': return weekTime(resolveWeekend(published, step === 0 ? (context.tense() === 'future' ? 1 : -1) : step));
      case 'month': return monthTime(monthCountOf(published) + step);
      default: return yearTime(toCivilDate(published).year + step);
    }
  },
};

/** "two days ago", "three weeks ago", "a year ago", "a decade ago" (year precision). */
export const agoRule: TimeRule = {
  name: 'ago',
  description: 'A count of days, weeks, months or years before publication, at the precision of the unit.',
  pattern: `\\b(\\d{1,3}|${initialCaseAlternatives([...NUMBER_WORDS.keys()])})\\s+(day|week|month|year|decade)s?\\s+ago\\b`,
  resolve: ([, count, unit], context) => {
    const n = /^\d/.test(count ?? '') ? Number(count) : NUMBER_WORDS.get(normalise(count));
    if (n === undefined) return null;
    if (context.published === null) return 'unanchored';
    const published = context.published;
    switch (unit) {
      case 'day': return dayTime(published - n);
      case 'week': return weekTime(published - 7 * n);
      case 'month': return monthTime(monthCountOf(published) - n);
      case 'decade': return yearTime(toCivilDate(published).year - 10 * n);
      default: return yearTime(toCivilDate(published).year - n);
    }
  },
};

/** Words that make a day name part of a name rather than a date: "Black Friday", "Bloody Sunday", "Fox News Sunday". */
const NAMED_DAY = /\b(?:Black|Good|Bloody|Super|Ash|Cyber|Holy|Palm|Maundy|Easter|Giving|Fox\s+News)\s+$/;

/** Words that make a day name count from another date in the text. */
const ANAPHORIC = new Set(['previous', 'following', 'same', 'preceding', 'that']);

/** "on Monday", "last Monday", "late Thursday night", "Thursday's attack", "will hold talks Tuesday". */
export const weekdayRule: TimeRule = {
  name: 'weekday',
  description: 'A day name: the most recent one on or before publication, or the next one when the text speaks of the future.',
  pattern: `\\b(?:(${initialCaseAlternatives(['last', 'this past', 'this', 'next', 'this coming', 'coming'])})\\s+)?(${WEEKDAY_NAME})${PART_OF_DAY}`,
  resolve: ([, modifier, name], context) => {
    const weekday = WEEKDAY_NUMBERS.get(normalise(name));
    if (weekday === undefined) return null;
    const before = wordBefore(context.text, context.start);
    if (modifier === undefined && NAMED_DAY.test(context.text.slice(Math.max(0, context.start - 12), context.start))) return null;
    // "the previous Friday", "the following Monday" count from another date in the text, not from publication.
    if (modifier === undefined && ANAPHORIC.has(before)) return 'skip';
    if (context.published === null) return 'unanchored';
    return dayTime(resolveWeekday(context.published, weekday, weekdayDirection(modifier, context)));
  },
};

/** Words after which a month name alone is a date: "in May", "since March", "until June". */
const MONTH_CUES = new Set([
  'in', 'since', 'until', 'till', 'through', 'before', 'after', 'during', 'early', 'late', 'mid', 'throughout',
  'between', 'by', 'from', 'of', 'on', 'to', 'and', 'or', 'around', 'each',
]);

/** Months that are also common words or names, so they need a cue: "He may resign", "Theresa May said". */
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);

/** Cues weak enough that they do not lift that ambiguity: "a speech by May", "spoke to May". */
const WEAK_MONTH_CUES = new Set(['by', 'from', 'of', 'on', 'to', 'and', 'or', 'around', 'each']);

/** "in December", "earlier in December", "last April", "June last year", "February of last year", "mid-November". */
export const monthRule: TimeRule = {
  name: 'month',
  description: 'A month name alone: the most recent one for past-tense reporting, month precision.',
  pattern: `\\b(?:(${initialCaseAlternatives(['last', 'this past', 'this', 'next', 'this coming'])})\\s+)?(${MONTH_NAME})\\b(?:\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`,
  resolve: ([, modifier, name, yearModifier], context) => {
    const month = toMonthNumber(name);
    if (month === null || !hasMonthCue(name ?? '', modifier, yearModifier, context)) return null;
    if (context.published === null) return 'unanchored';
    const published = context.published;
    const year = toCivilDate(published).year;
    if (yearModifier !== undefined) return monthTime((year + (STEPS.get(yearModifier) ?? 0)) * 12 + month - 1);
    const step = modifier === undefined ? undefined : STEPS.get(normalise(modifier));
    if (step === 0) return monthTime(year * 12 + month - 1);
    if (step === undefined) return monthTime(resolveAnnualMonth(published, month, context.tense()));
    // "last January" in a January paper is a year back; "next March" in March a year ahead.
    const occurrence = resolveAnnualMonth(published, month, step === 1 ? 'future' : 'past');
    return monthTime(occurrence === monthCountOf(published) ? occurrence + 12 * step : occurrence);
  },
};

/** Words after which a holiday name is a date rather than a modifier ("on Christmas", not "Christmas trees"). */
const HOLIDAY_CUES = new Set(['on', 'at', 'over', 'before', 'after', 'since', 'until', 'till', 'by', 'during', 'this', 'last', 'next', 'for', 'around', 'through', 'from', 'of']);

/** "on Christmas", "Christmas Day", "New Year's Eve", "Thanksgiving", "Easter 2020". */
export const holidayRule: TimeRule = {
  name: 'holiday',
  description: 'A holiday: the most recent one for past-tense reporting, the next one when the text speaks of the future.',
  pattern: `\\b(${HOLIDAY_NAME})\\b(?:,?\\s+${YEAR})?`,
  resolve: ([, name, yearText], context) => {
    const dateInYear = HOLIDAYS.get(toHolidayKey(name ?? ''));
    if (dateInYear === undefined) return null;
    if (yearText !== undefined) {
      const date = dateInYear(Number(yearText));
      return date === null ? 'invalid' : dayTime(date);
    }
    const named = /\s(?:Day|Eve)$/.test(name ?? '');
    const cued = context.prefix !== '' || HOLIDAY_CUES.has(wordBefore(context.text, context.start));
    if (!named && !cued && wordAfter(context.text, context.end) !== '') return null;
    if (context.published === null) return 'unanchored';
    const date = resolveAnnualDate(context.published, dateInYear, context.tense());
    return date === null ? 'invalid' : dayTime(date);
  },
};

function hasMonthCue(name: string, modifier: string | undefined, yearModifier: string | undefined, context: RuleContext): boolean {
  if (modifier !== undefined || yearModifier !== undefined) return true;
  const before = wordBefore(context.text, context.start);
  // A leading "on" is no cue for a name: "the pressure on May".
  const prefixCue = context.prefix !== '' && !/^on\s+$/i.test(context.prefix);
  const strongCue = prefixCue || (MONTH_CUES.has(before) && !WEAK_MONTH_CUES.has(before));
  if (AMBIGUOUS_MONTHS.has(name.toLowerCase())) return strongCue;
  // "April Ryan asked" is a name; "in June Smith said" keeps its cue.
  return strongCue || MONTH_CUES.has(before) || !/^[A-Z]/.test(wordAfter(context.text, context.end));
}

function weekdayDirection(modifier: string | undefined, context: RuleContext): WeekdayDirection {
  const step = modifier === undefined ? 0 : (STEPS.get(normalise(modifier)) ?? 0);
  if (step === -1) return 'before';
  if (step === 1) return 'after';
  return context.tense() === 'future' ? 'on-or-after' : 'on-or-before';
}

/** A day of the weekend before (-1) or after (+1) publication; a weekend paper's own weekend counts as before. */
function resolveWeekend(published: DayNumber, step: -1 | 1): DayNumber {
  const saturday = 5;
  if (step === -1) return weekdayOf(published) >= saturday ? published : resolveWeekday(published, saturday, 'before');
  return resolveWeekday(published, saturday, 'on-or-after');
}

function normalise(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/\s+/g, ' ');
}
