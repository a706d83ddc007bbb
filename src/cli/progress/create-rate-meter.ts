/** Measures a recent rate (items per second) over a sliding window of samples. */
export interface RateMeter {
  /** Notes that `done` items were done at `time` (ms). */
  record(time: number, done: number): void;
  /** Items per second between the oldest sample in the window and (`time`, `done`). */
  rate(time: number, done: number): number;
}

/**
 * A rate over the last `windowMs` (default 10 s): it follows a run that speeds up or slows down,
 * unlike the average since the start, and does not jump with every item like an instant rate.
 */
export function createRateMeter(windowMs = 10_000): RateMeter {
  const samples: { readonly time: number; readonly done: number }[] = [];
  return {
    record(time, done) {
      samples.push({ time, done });
      // keep one sample at or before the window's start, so the window is full once it can be
      while (samples.length > 2 && (samples[1]?.time ?? time) <= time - windowMs) samples.shift();
    },
    rate(time, done) {
      const oldest = samples[0];
      if (!oldest || time <= oldest.time) return 0;
      return ((done - oldest.done) * 1000) / (time - oldest.time);
    },
  };
}
