import type { DatePrecision } from '../../domain/index.js';
import { mondayOf, toIsoDay, toIsoMonth, type DayNumber } from './day-number.js';
import type { Tense } from './resolve-annual-date.js';

/** A temporal expression's resolved value: `YYYY-MM-DD` (also the Monday of a week), `YYYY-MM` or `YYYY`. */
export interface ResolvedTime {
  readonly value: string;
  readonly precision: DatePrecision;
}

/**
 * What a rule makes of its match: a resolved time; `'skip'` to consume the words without a result
 * ("the 1990s"); `'unanchored'` for a relative expression when there is no publication date;
 * `'invalid'` for a date that does not exist ("February 30"); null when the match is not a date
 * after all ("He may resign"), so later rules get their turn.
 */
export type RuleOutcome = ResolvedTime | 'skip' | 'unanchored' | 'invalid' | null;

/** What a rule may look at besides its own groups. */
export interface RuleContext {
  readonly text: string;
  /** Where the rule's own match starts, after any leading "on", "in", "earlier in", "late". */
  readonly start: number;
  readonly end: number;
  /** The leading words matched before the rule ("on ", "earlier in "), or "". */
  readonly prefix: string;
  readonly published: DayNumber | null;
  /** Whether the words around the expression place it in the past ("earlier in"), the future ("will meet") or neither. */
  tense(): Tense;
}

/** One kind of temporal expression: a regex and how to resolve what it matches. */
export interface TimeRule {
  readonly name: string;
  readonly description: string;
  /**
   * A case-sensitive regex source with numbered groups only (no named groups, no backreferences),
   * matching only where no word character comes before (`\b` first), as the scanner assumes.
   */
  readonly pattern: string;
  /** Resolves a match; `groups[0]` is the rule's whole match, then its own groups in order. */
  resolve(groups: readonly (string | undefined)[], context: RuleContext): RuleOutcome;
}

/** A day-precision value. */
export function dayTime(day: DayNumber): ResolvedTime {
  return { value: toIsoDay(day), precision: 'day' };
}

/** A week-precision value: the Monday that starts the week containing `day`. */
export function weekTime(day: DayNumber): ResolvedTime {
  return { value: toIsoDay(mondayOf(day)), precision: 'week' };
}

/** A month-precision value from a month count (`year * 12 + month - 1`). */
export function monthTime(monthCount: number): ResolvedTime {
  return { value: toIsoMonth(monthCount), precision: 'month' };
}

/** A year-precision value. */
export function yearTime(year: number): ResolvedTime {
  return { value: String(year).padStart(4, '0'), precision: 'year' };
}
