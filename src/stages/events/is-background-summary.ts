import type { EventDate, Token } from '../../domain/index.js';

/** How far before publication a perfect-tense act may be dated and still be news ("have shelled Kherson since Sunday"). */
const SUMMARY_DAYS = 180;
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * "More than 200,000 people have been killed since March 2011", "the war, which began in 2011, has
 * killed thousands": an act in the perfect whose sentence dates it long before publication is a
 * running total of the past, not an event the article reports. English does not put a perfect with
 * a definite past date, so the date is a start ("since") or belongs to a background clause.
 */
export function isBackgroundSummary(tokens: readonly Token[], triggerAt: number, sentenceStart: number, date: EventDate, published: string | null): boolean {
  if (date.text === null || date.value === null || published === null || !isPerfect(tokens, triggerAt, sentenceStart)) return false;
  const limit = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(limit.getTime())) return false;
  limit.setUTCDate(limit.getUTCDate() - SUMMARY_DAYS);
  return lastDayOf(date.value) < limit.toISOString().slice(0, 10);
}

/** "has killed", "have been killed", "had already seized": has/have/had before the trigger, with "been" or adverbs between. */
function isPerfect(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let k = at - 1; k >= Math.max(sentenceStart, at - 4); k--) {
    const t = tokens[k];
    if (!t) return false;
    if (PERFECT.has(t.lower)) return true;
    if (t.lower !== 'been' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The last day a date value may stand for: "2011" -> 2011-12-31, "2011-03" -> 2011-03-31. */
function lastDayOf(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number);
    const last = new Date(Date.UTC(year ?? 0, month ?? 1, 0));
    return last.toISOString().slice(0, 10);
  }
  return value;
}
