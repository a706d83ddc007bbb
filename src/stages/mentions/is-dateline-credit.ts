/** A weekday, full or abbreviated, as datelines write it. */
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?';
/** "AFP Wednesday 9 Apr 2014": a credit followed by its dateline's weekday and date. */
const BEFORE_DATE = new RegExp(`^ ${WEEKDAY},? \\d`);
/** "Wed 01 Oct 2014 at 1459 Regional NNA - ": only dates, times and capitalised words before it. */
const DATE_ONLY = /^(?:(?:\p{Lu}[\p{L}.]*|\d[\d:./-]*|at|on|,)\s*)*$/u;

/**
 * Whether a name is the agency credited in a dateline, not an actor of the story: "AFP Wednesday
 * 9 Apr 2014 At least 15 people...", "Wed 01 Oct 2014 at 1459 Regional NNA - Twin car bombs...",
 * "DAMASCUS (Sputnik) The strike...", "(TRT World and Agencies) Soon after...".
 */
export function isDatelineCredit(text: string, sentenceStart: number, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (BEFORE_DATE.test(after)) return true;
  const before = text.slice(sentenceStart, start);
  if (/^\s*[-–—]\s/.test(after)) return /\d/.test(before) && DATE_ONLY.test(before);
  // a credit in brackets: at the sentence start or after a capitalised city ("DAMASCUS (Sputnik)")
  return /^(?: and \p{Lu}\p{Ll}+)?\)/u.test(after) && /(?:^|\p{Lu}{3,}[,\s]*)\((?:[^()]* and)?$/u.test(before.trimEnd());
}
