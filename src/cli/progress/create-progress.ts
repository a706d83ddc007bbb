import { createRateMeter } from './create-rate-meter.js';
import { formatProgressLine, formatSummaryLine } from './format-progress-line.js';
import { computeEta, type ProgressSnapshot } from './progress-snapshot.js';
import { toProgressRecord, toSummaryRecord } from './to-progress-record.js';

/** Where progress goes: `process.stderr`, any `Writable`, or a test's fake. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Options for `createProgress`. */
export interface ProgressOptions {
  readonly stream: ProgressStream;
  /** What is counted, first on each line: `ingest`. */
  readonly label: string;
  /** Items in the whole run, when known: it adds a percentage and an ETA. */
  readonly total?: number | null;
  /** Milliseconds between updates: default 200 on a terminal, 5,000 for JSON lines. */
  readonly interval?: number;
  /** Writes no progress at all (`--quiet`). */
  readonly quiet?: boolean;
  /** Whether to draw for a terminal; default `stream.isTTY`. */
  readonly tty?: boolean;
  /** The clock, in milliseconds; default `performance.now`. */
  readonly now?: () => number;
}

/** Reports the progress of a long run; driven by `tick` alone (no timers, nothing keeps the process alive). */
export interface Progress {
  /** Counts `n` more items done, and adds `counts` to the run's counters: `tick(1, { stored: 1, events: 3 })`. */
  tick(n?: number, counts?: Readonly<Record<string, number>>): void;
  /** Sets the number of items in the whole run once it is known (counted while the run goes on). */
  setTotal(total: number | null): void;
  /** Writes a message of its own line (a warning), above the progress line on a terminal. */
  print(line: string): void;
  /** Ends the run: a last line with the total time, the average rate, the counters and `summary`. */
  done(summary?: Readonly<Record<string, number | string>>): void;
}

/**
 * A progress reporter: on a terminal one line rewritten in place a few times a second (count of
 * total, rate, ETA, counters); otherwise a JSON line `{"progress":{...}}` every 5 s, for logs;
 * nothing when quiet.
 */
export function createProgress(options: ProgressOptions): Progress {
  const { stream, label, quiet = false } = options;
  const tty = options.tty ?? stream.isTTY === true;
  const interval = options.interval ?? (tty ? 200 : 5000);
  const now = options.now ?? (() => performance.now());
  let total = options.total ?? null;
  const start = now();
  const meter = createRateMeter();
  meter.record(start, 0);
  const counts: Record<string, number> = {};
  let done = 0;
  let finished = false;
  // a terminal shows the first tick at once; JSON lines come after a whole interval
  let lastUpdate = tty ? -Infinity : start;

  const snapshot = (time: number): ProgressSnapshot => {
    const rate = meter.rate(time, done);
    return { label, done, total, elapsed: (time - start) / 1000, rate, eta: computeEta(done, total, rate), counts };
  };
  const draw = (time: number): void => {
    // a terminal that reports no width (0, as under `script`) is not cut
    stream.write(`\r${formatProgressLine(snapshot(time), stream.columns ? stream.columns : undefined)}\x1b[K`);
  };
  const update = (time: number): void => {
    lastUpdate = time;
    if (tty) draw(time);
    else stream.write(`${JSON.stringify(toProgressRecord(snapshot(time)))}\n`);
    meter.record(time, done);
  };

  return {
    tick(n = 1, more) {
      if (finished) return;
      done += n;
      if (more) for (const [name, value] of Object.entries(more)) counts[name] = (counts[name] ?? 0) + value;
      if (quiet) return;
      const time = now();
      if (time - lastUpdate >= interval) update(time);
    },
    setTotal(n) {
      total = n;
    },
    print(line) {
      if (!tty || quiet || finished || lastUpdate === -Infinity) {
        stream.write(`${line}\n`);
        return;
      }
      stream.write(`\r\x1b[K${line}\n`);
      draw(now());
    },
    done(summary = {}) {
      if (finished) return;
      finished = true;
      if (quiet) return;
      const last = snapshot(now());
      if (tty) stream.write(`\r${formatSummaryLine(last, summary)}\x1b[K\n`);
      else stream.write(`${JSON.stringify(toSummaryRecord(last, summary))}\n`);
    },
  };
}
