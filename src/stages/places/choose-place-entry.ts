import type { GazetteerEntry } from '../../dictionaries/gazetteer/gazetteer.js';

/** The chosen entry for a place name, and whether another came close. */
export interface PlaceChoice {
  readonly entry: GazetteerEntry;
  readonly ambiguous: boolean;
}

/** The countries an article is about: how often each is mentioned, and the most mentioned. */
export interface ArticleCountries {
  readonly counts: ReadonlyMap<string, number>;
  readonly top: string | null;
}

const CLOSE = 0.5;

/**
 * Picks the entry a place name most likely denotes: one in the countries the article is about, then
 * a capital, then a larger place; "Paris" stays in France unless the article is clearly about Texas.
 * `within` (from "Haifa, Israel" or "Celaya, Guanajuato") restricts the choice when it can.
 */
export function choosePlaceEntry(entries: readonly GazetteerEntry[], countries: ArticleCountries, within: ReadonlySet<string> | null = null): PlaceChoice | null {
  const pool = within === null ? entries : entries.filter((e) => e.country !== null && within.has(e.country));
  const candidates = pool.length > 0 ? pool : entries;
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  let second = -Infinity;
  let secondEntry: GazetteerEntry | null = null;
  for (const entry of candidates) {
    const s = score(entry, countries);
    if (s > bestScore) {
      second = bestScore;
      secondEntry = best;
      best = entry;
      bestScore = s;
    } else if (s > second) {
      second = s;
      secondEntry = entry;
    }
  }
  if (best === null) return null;
  const ambiguous = secondEntry !== null && bestScore - second < CLOSE && isApart(best, secondEntry);
  return { entry: best, ambiguous };
}

function score(entry: GazetteerEntry, countries: ArticleCountries): number {
  // a hand-kept place counts as a large city; a country outranks its namesakes ("Jordan", "Lebanon")
  let s = entry.handKept ? 6 : entry.kind === 'country' ? 7 : Math.log10(Math.max(entry.population, 1000));
  if (entry.capital) s += 1.5;
  if (entry.country !== null && (countries.counts.get(entry.country) ?? 0) > 0) s += entry.country === countries.top ? 3 : 2;
  return s;
}

function isApart(a: GazetteerEntry, b: GazetteerEntry): boolean {
  return a.country !== b.country || Math.abs(a.lat - b.lat) > 1 || Math.abs(a.lon - b.lon) > 1;
}
