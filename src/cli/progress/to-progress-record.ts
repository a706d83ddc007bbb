import type { ProgressSnapshot } from './progress-snapshot.js';

/** One JSON progress line for logs and machines; seconds and rates rounded to what is worth reading. */
export interface ProgressRecord {
  readonly progress: ProgressSnapshot;
}

/** The JSON line written every few seconds when stderr is not a terminal. */
export function toProgressRecord(snapshot: ProgressSnapshot): ProgressRecord {
  const { label, done, total, elapsed, rate, eta, counts } = snapshot;
  return { progress: { label, done, total, elapsed: round(elapsed, 1), rate: round(rate, 1), eta: eta === null ? null : Math.round(eta), counts: { ...counts } } };
}

/** The JSON line written when the run is done; the summary's values join the counters. */
export function toSummaryRecord(snapshot: ProgressSnapshot, summary: Readonly<Record<string, number | string>>): { readonly summary: Readonly<Record<string, unknown>> } {
  const { label, done, total, elapsed } = snapshot;
  const rate = elapsed > 0 ? done / elapsed : 0;
  return { summary: { label, done, total, elapsed: round(elapsed, 1), rate: round(rate, 1), counts: { ...snapshot.counts, ...summary } } };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
