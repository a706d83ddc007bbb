import { resolveRfc822Date } from './resolve-rfc822-date.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Normalises a publication date to `YYYY-MM-DD`: accepts `2024-03-05`, ISO timestamps such as
 * `2024-03-05T23:10:00-05:00` and RFC 822 dates such as `Tue, 05 Mar 2024 23:10:00 -0500` (the
 * calendar date as written is kept), and returns null for anything else.
 */
export function resolveDate(value: string): string | null {
  const m = DATE.exec(value.trim());
  if (!m) return resolveRfc822Date(value);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  // 2023-02-30 rolls over to March in Date.UTC, which is how an impossible day shows.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${mo}-${d}`;
}
