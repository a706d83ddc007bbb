/** Month names and abbreviations, lower-cased, to their number (1-12). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekday names, lower-cased, to their number (Monday = 0). */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4], ['saturday', 5], ['sunday', 6],
]);

/** Number words that count days, weeks, months or years ("three weeks ago"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['a couple of', 2],
]);

/** Regex source for a word that may start a sentence: `last` -> `[Ll]ast`, spaces -> `\s+`. */
export function initialCase(phrase: string): string {
  const first = phrase.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${phrase.slice(1).replace(/ /g, '\\s+')}`;
}

/** Regex source for alternatives that may start a sentence, longest first so "this past" wins over "this". */
export function initialCaseAlternatives(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(initialCase).join('|');
}

/** Full month names (capitalised, as news writes them). */
export const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A month name or abbreviation, capturing the name without an abbreviation's dot ("Sept." -> "Sept"). */
export const MONTH = `(?:(${MONTH_NAME})\\b|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))`;

/** A capitalised weekday name, not captured. */
export const WEEKDAY_NAME = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** A day of the month with an optional ordinal suffix, capturing the digits ("28th" -> "28"). */
export const DAY_OF_MONTH = '(\\d{1,2})(?:st|nd|rd|th)?\\b';

/** A four-digit year from 1800 to 2099, captured, not followed by more digits. */
export const YEAR = '(1[89]\\d\\d|20\\d\\d)(?![\\d])';

/** A part of a day after a day name ("Thursday night"); it does not change the date. */
export const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night|overnight))?\\b';

/** The month number of a month name or abbreviation, or null. */
export function toMonthNumber(name: string | undefined): number | null {
  return name === undefined ? null : (MONTH_NUMBERS.get(name.toLowerCase()) ?? null);
}
