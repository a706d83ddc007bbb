import { formatDuration } from './format-duration.js';
import type { ProgressSnapshot } from './progress-snapshot.js';

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const SMALL_RATE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A count with thousands separators: `12,345`. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** A rate per second: one decimal below 10 (`3.4/s`), whole numbers above (`1,234/s`). */
export function formatRate(perSecond: number): string {
  return `${perSecond < 9.95 ? SMALL_RATE.format(perSecond) : COUNT.format(perSecond)}/s`;
}

/**
 * The line a terminal shows, cut to `columns` so it never wraps (a wrapped line cannot be
 * rewritten in place): `ingest 1,234/5,000 (24.7%) · 310/s · ETA 12s · stored 1,100 · rejected 54`.
 */
export function formatProgressLine(snapshot: ProgressSnapshot, columns = Infinity): string {
  const { label, done, total, rate, eta, elapsed, counts } = snapshot;
  const parts = total === null
    ? [`${label} ${formatCount(done)}`, formatRate(rate), formatDuration(elapsed)]
    : [`${label} ${formatCount(done)}/${formatCount(total)} (${percent(done, total)})`, formatRate(rate), `ETA ${eta === null ? '?' : formatDuration(eta)}`];
  for (const [name, value] of Object.entries(counts)) parts.push(`${name} ${formatCount(value)}`);
  const line = parts.join(' · ');
  return line.length < columns ? line : `${line.slice(0, Math.max(0, columns - 2))}…`;
}

/** The line `done` prints: `ingest: 5,000 in 1m 02s (80.6/s) · stored 4,900 · rejected 100`. */
export function formatSummaryLine(snapshot: ProgressSnapshot, summary: Readonly<Record<string, number | string>>): string {
  const { label, done, elapsed } = snapshot;
  const rate = elapsed > 0 ? done / elapsed : 0;
  const parts = [`${label}: ${formatCount(done)} in ${formatDuration(elapsed)} (${formatRate(rate)})`];
  for (const [name, value] of Object.entries({ ...snapshot.counts, ...summary })) {
    parts.push(`${name} ${typeof value === 'number' ? formatCount(value) : value}`);
  }
  return parts.join(' · ');
}

function percent(done: number, total: number): string {
  return total > 0 ? `${(Math.min(1, done / total) * 100).toFixed(1)}%` : '100%';
}
