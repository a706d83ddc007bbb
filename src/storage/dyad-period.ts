import type { PloverType, QuadClass } from '../domain/index.js';

/** The period a dyad series groups events by. */
export const DYAD_INTERVALS = ['day', 'week', 'month'] as const;
export type DyadInterval = (typeof DYAD_INTERVALS)[number];

/**
 * Who acts on whom: `a->b` (a or a member is a source, b a target), `b->a`, or `mutual` (both are
 * sources, as in "a and b held talks").
 */
export type DyadDirection = 'a->b' | 'b->a' | 'mutual';

/** Events between two actors in one period and one direction. */
export interface DyadPeriod {
  /** `YYYY-MM-DD` (day), the Monday `YYYY-MM-DD` (week) or `YYYY-MM` (month). */
  readonly period: string;
  readonly direction: DyadDirection;
  readonly events: number;
  readonly types: Readonly<Partial<Record<PloverType, number>>>;
  readonly quadClasses: Readonly<Partial<Record<QuadClass, number>>>;
  /** Mean Goldstein-style score (-10 conflict .. +10 cooperation) of the events that have one. */
  readonly meanGoldstein: number | null;
}
