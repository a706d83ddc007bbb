import { monthCountOf, toCivilDate, type DayNumber } from './day-number.js';

/** What the words around an expression say about its time: "earlier in", "will", or nothing. */
export type Tense = 'past' | 'unmarked' | 'future';

/**
 * How far past the publication day a yearless date may fall and still count as already past in
 * reporting: "on December 28" in a paper of 2023-01-02 is 2022-12-28, "on January 10" is 2023-01-10.
 */
const PAST_SLACK_DAYS = 14;

/**
 * Past-tense reporting is the norm, so an unmarked yearless date is read as past unless the coming
 * occurrence is at most this fraction as far away: "payable Dec. 15" in an October paper is this
 * December, not last year's; "Aug. 21" in October is last August.
 */
const FUTURE_NEARNESS = 0.5;

/** Under a future cue, a past occurrence at most this fraction as far as the coming one still wins. */
const FUTURE_CUE_DOUBT = 0.1;

/**
 * The occurrence of a yearly date ("December 28", "Christmas") the text means: the latest one up to
 * two weeks after publication, unless the text speaks of the future or, unmarked, the next one is
 * much nearer.
 */
export function resolveAnnualDate(published: DayNumber, dateInYear: (year: number) => DayNumber | null, tense: Tense): DayNumber | null {
  const year = toCivilDate(published).year;
  let past: DayNumber | null = null;
  let future: DayNumber | null = null;
  for (const candidateYear of [year - 1, year, year + 1, year + 2]) {
    const candidate = dateInYear(candidateYear);
    if (candidate === null) continue;
    if (candidate <= published + PAST_SLACK_DAYS) past = candidate;
    else future ??= candidate;
  }
  if (tense === 'future') {
    // "will meet on January 1" seen from December 28 is the coming one, even inside the slack.
    if (past !== null && past >= published) return past;
    // A cue can belong to another clause ("aid would flow where the Aug. 7 blasts killed..."): a date
    // days ago beats one a year ahead.
    if (past !== null && future !== null && published - past <= FUTURE_CUE_DOUBT * (future - published)) return past;
    return future ?? past;
  }
  if (tense === 'past' || past === null || future === null) return past ?? future;
  return future - published <= FUTURE_NEARNESS * (published - past) ? future : past;
}

/**
 * The occurrence of a month name ("in December") the text means, as a month count
 * (`year * 12 + month - 1`): the latest one not after the publication month, unless the text speaks
 * of the future or, unmarked, the coming one is much nearer ("in September" in an August paper).
 */
export function resolveAnnualMonth(published: DayNumber, month: number, tense: Tense): number {
  const current = monthCountOf(published);
  const sameYear = current - (current % 12) + month - 1;
  const past = sameYear <= current ? sameYear : sameYear - 12;
  const future = sameYear >= current ? sameYear : sameYear + 12;
  if (tense === 'future') return future;
  if (tense === 'past' || future === current) return past;
  return future - current <= FUTURE_NEARNESS * (current - past) ? future : past;
}
