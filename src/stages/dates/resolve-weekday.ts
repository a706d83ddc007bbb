import { weekdayOf, type DayNumber } from './day-number.js';

/**
 * How a day name relates to the publication day: `on-or-before` for past-tense reporting
 * ("on Monday" in a Monday paper is that Monday), `before` for "last Monday", `on-or-after`
 * for "will meet Tuesday", `after` for "next Tuesday".
 */
export type WeekdayDirection = 'on-or-before' | 'before' | 'on-or-after' | 'after';

/** The day a weekday (Monday = 0) names, seen from the publication day. */
export function resolveWeekday(published: DayNumber, weekday: number, direction: WeekdayDirection): DayNumber {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(published) + 7) % 7;
  switch (direction) {
    case 'on-or-before': return published - back;
    case 'before': return published - (back === 0 ? 7 : back);
    case 'on-or-after': return published + forward;
    case 'after': return published + (forward === 0 ? 7 : forward);
  }
}
