/**
 * A duration in seconds as a person reads it, to two units at most: `45s`, `3m 05s`, `1h 02m`,
 * `2d 03h`; `?` when unknown (not finite or negative).
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds); // 59.6 s is "1m 00s", not "60s"
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${pad(Math.floor(s / 60) % 60)}m`;
  return `${Math.floor(s / 86400)}d ${pad(Math.floor(s / 3600) % 24)}h`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
