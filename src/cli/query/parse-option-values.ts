import { InputError } from '../../domain/index.js';

// Parsers of the values of command-line options: each validates one untrusted string and throws an
// InputError that names the flag, the value and what is expected (the valid options when few).

/** "verbal-cooperation", "Verbal_Cooperation" and "VERBAL COOPERATION" all fold to one form. */
const fold = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** One value of a closed set, in any case, `-` and `_` alike (`--side Source`, `--by week`). */
export function parseChoiceOption<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const found = choices.find((c) => fold(c) === fold(value.trim()));
  if (found === undefined) throw new InputError('usage', `${flag} "${value}" is not one of ${choices.join(', ')}`);
  return found;
}

/** Comma-separated values of a closed vocabulary (`--type consult,agree`), each once, in the order given. */
export function parseListOption<T extends string>(flag: string, value: string, vocabulary: readonly T[]): readonly T[] {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new InputError('usage', `${flag} is empty; expected one or more of ${vocabulary.join(', ')}, separated by commas`);
  return [...new Set(items.map((item) => parseChoiceOption(flag, item, vocabulary)))];
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date bound as `YYYY-MM-DD`: `YYYY-MM` and `YYYY` mean the whole period, so a lower bound takes
 * its first day and an upper bound its last (`--to 2023-02` -> 2023-02-28).
 */
export function parseDateOption(flag: string, value: string, bound: 'first' | 'last'): string {
  const m = DATE_SHAPE.exec(value.trim());
  const [year, month, day] = [Number(m?.[1]), m?.[2] === undefined ? null : Number(m[2]), m?.[3] === undefined ? null : Number(m[3])];
  const daysIn = (mo: number): number => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (!m || (month !== null && (month < 1 || month > 12)) || (month !== null && day !== null && (day < 1 || day > daysIn(month)))) {
    throw new InputError('input/date', `${flag} "${value}" is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-01-02, 2023-01, 2023)`);
  }
  const two = (n: number): string => String(n).padStart(2, '0');
  const mo = month ?? (bound === 'first' ? 1 : 12);
  const d = day ?? (bound === 'first' ? 1 : daysIn(mo));
  return `${m[1]}-${two(mo)}-${two(d)}`;
}

/** A three-letter ISO 3166 country code, upper-cased (`tur` -> TUR). */
export function parseCountryOption(flag: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new InputError('usage', `${flag} "${value}" is not a country code; expected three letters (ISO 3166 alpha-3), e.g. TUR, RUS, USA`);
  return code;
}

/** `minLon,minLat,maxLon,maxLat` in degrees, e.g. `35.5,32,42.5,37.5` for Syria. */
export function parseBboxOption(flag: string, value: string): readonly [number, number, number, number] {
  const parts = value.split(',').map((s) => s.trim());
  const n = parts.map(Number);
  const [minLon = NaN, minLat = NaN, maxLon = NaN, maxLat = NaN] = n;
  const ok = parts.length === 4 && parts.every((p) => p !== '') && n.every(Number.isFinite)
    && minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon <= maxLon && minLat <= maxLat;
  if (!ok) {
    throw new InputError('usage', `${flag} "${value}" is not a bounding box; expected minLon,minLat,maxLon,maxLat in degrees (longitudes -180..180, latitudes -90..90, each min <= max), e.g. 35.5,32,42.5,37.5`);
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** A whole number within [min, max] (`--limit 50`). */
export function parseIntegerOption(flag: string, value: string, min: number, max: number = Number.MAX_SAFE_INTEGER): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number from ${min}` : `a whole number from ${min} to ${max}`;
    throw new InputError('usage', `${flag} "${value}" is not ${range}`);
  }
  return n;
}

/** Text that must not be blank (`--place Moscow`), trimmed. */
export function parseTextOption(flag: string, value: string): string {
  const text = value.trim();
  if (text === '') throw new InputError('usage', `${flag} is empty; expected some text`);
  return text;
}
