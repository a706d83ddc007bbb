const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Tue, 05 Mar 2024 10:00:00 GMT", "5 March 2024 10:00 +0100", "05 Mar 24": weekday, zone and seconds optional. */
const RFC822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?$/i;

/**
 * Normalises an RFC 822 / RFC 2822 date, as RSS `pubDate` writes it, to `YYYY-MM-DD` (the
 * calendar date as written, whatever the zone); null for anything else. Two-digit years are
 * 19xx from 70 up, else 20xx.
 */
export function resolveRfc822Date(value: string): string | null {
  const m = RFC822.exec(value.trim());
  if (!m) return null;
  const [, d = '', monthName = '', y = '', h = '0', mi = '0', s = '0'] = m;
  const name = monthName.toLowerCase();
  // "Mar", "March" and "Sept" name a month; "Marchx" does not.
  const month = MONTHS.findIndex((full) => name === full || name === full.slice(0, 3) || (name === 'sept' && full === 'september')) + 1;
  if (month === 0 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  const year = y.length === 2 ? (Number(y) >= 70 ? 1900 : 2000) + Number(y) : Number(y);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
