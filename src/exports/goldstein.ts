import type { EventRecord } from '../domain/index.js';

// Goldstein scale values at the CAMEO root level (shared/ontology.md), for events stored without one.
const ROOT_GOLDSTEIN: Readonly<Record<string, number>> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};

/** The event's Goldstein score, or the value of its CAMEO root when it was stored without one. */
export function resolveGoldstein(event: Pick<EventRecord, 'goldstein' | 'cameo'>): number | null {
  return event.goldstein ?? ROOT_GOLDSTEIN[event.cameo.slice(0, 2)] ?? null;
}
