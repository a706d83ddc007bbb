import { dayMonthRule, decadeRule, isoDateRule, monthDayRule, monthYearRule, slashDateRule, yearRule } from './absolute-time-rules.js';
import { agoRule, casualDayRule, holidayRule, monthRule, relativePeriodRule, weekdayRule } from './relative-time-rules.js';
import type { TimeRule } from './time-rule.js';

/**
 * Every kind of temporal expression sitrep reads, in the order they are tried at one position:
 * longer, more specific forms first, so "Wednesday, May 9, 2020" is one date, not a day name,
 * and "December 2019" is a month, not a month and a year.
 */
export const TIME_RULES: readonly TimeRule[] = [
  decadeRule,
  isoDateRule,
  slashDateRule,
  monthDayRule,
  dayMonthRule,
  monthYearRule,
  holidayRule,
  casualDayRule,
  relativePeriodRule,
  agoRule,
  weekdayRule,
  monthRule,
  yearRule,
];
