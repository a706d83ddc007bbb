import type { EventDate, Token } from '../../domain/index.js';

/** How far before publication a perfect-tense act may be dated and still be news ("have shelled Kherson since Sunday"). */
const SUMMARY_DAYS = 180;
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * "More than 200,000 people have been killed since March 2011", "the war, which began in 2011, has
 * killed thousands": an act in the perfect whose sentence dates it long before publication is a
 * running total of the past, not an event the article reports. English does not put a perfect with
 * a definite past date, so the date is a start ("since") or belongs to a background clause. So is
 * the act that starts such a total ("since the conflict erupted in March 2011"): a clause opened by
 * "since" and dated long ago tells when a state of things began.
 */
export function isBackgroundSummary(tokens: readonly Token[], triggerAt: number, sentenceStart: number, date: EventDate, published: string | null): boolean {
  if (date.text === null || date.value === null || published === null) return false;
  if (!isPerfect(tokens, triggerAt, sentenceStart) && !isInSinceClause(tokens, triggerAt, sentenceStart)) return false;
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

/** How far back from a trigger "since" may open its clause: "since the uprising began in March 2011 with protests". */
const SINCE_REACH = 10;
/** Words that open a clause of their own between "since" and the trigger. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'and', 'but']);

/** "since the conflict erupted", "since the uprising began in 2011 with protests": the trigger is in a clause opened by "since". */
function isInSinceClause(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let k = at - 1; k >= Math.max(sentenceStart, at - SINCE_REACH); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || CLAUSE_OPENERS.has(t.lower)) return false;
    if (t.lower === 'since') return tokens[k + 1]?.lower !== 'then'; // "since then" opens no clause
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
