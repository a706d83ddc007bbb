/** Where a run stands at one moment: what progress lines and the summary are made from. */
export interface ProgressSnapshot {
  readonly label: string;
  readonly done: number;
  /** Items in the whole run, or null when unknown (a stream). */
  readonly total: number | null;
  /** Seconds since the run started. */
  readonly elapsed: number;
  /** Items per second, recently. */
  readonly rate: number;
  /** Seconds left at that rate, or null without a total or a rate. */
  readonly eta: number | null;
  /** Counters of the run in the order they first appeared, e.g. stored, duplicates, rejected, events. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Seconds left to reach `total` at `rate` items per second; null when either is unknown. */
export function computeEta(done: number, total: number | null, rate: number): number | null {
  if (total === null || !(rate > 0)) return null;
  return Math.max(0, total - done) / rate;
}
