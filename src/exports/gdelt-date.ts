/** An event's date as GDELT's four date columns hold it. */
export interface GdeltDate {
  /** YYYYMMDD */
  readonly day: string;
  /** YYYYMM */
  readonly monthYear: string;
  readonly year: string;
  /** YYYY.FFFF: the year plus the share of it gone by, GDELT's ((month - 1) * 30 + day) / 365. */
  readonly fractionDate: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** GDELT's date columns for a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` value, a coarser one taking the first day of its period. */
export function toGdeltDate(value: string | null): GdeltDate | null {
  const m = value === null ? null : DATE.exec(value);
  if (!m) return null;
  const year = m[1] ?? '';
  const month = m[2] ?? '01'; // "2023" -> 2023-01-01
  const day = m[3] ?? '01';   // "2023-05" -> 2023-05-01
  const fraction = ((Number(month) - 1) * 30 + Number(day)) / 365;
  return {
    day: `${year}${month}${day}`,
    monthYear: `${year}${month}`,
    year,
    fractionDate: (Number(year) + fraction).toFixed(4),
  };
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** GDELT's YYYYMMDDHHMMSS from an ISO date or date-time; a date-time with a zone is converted to UTC. */
export function toGdeltTimestamp(value: string | null): string {
  if (value === null) return '';
  const m = TIMESTAMP.exec(value);
  if (!m) return '';
  if (m[4] !== undefined && /(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const t = new Date(value);
    if (!Number.isNaN(t.getTime())) return t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  }
  return `${m[1]}${m[2]}${m[3]}${m[4] ?? '00'}${m[5] ?? '00'}${m[6] ?? '00'}`;
}
