import { isDivision, type GazetteerEntry } from '../../dictionaries/gazetteer/gazetteer.js';

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

/** Where a qualifier puts a name: the countries and the GeoNames divisions it may be in. */
export interface PlaceWithin {
  readonly countries: ReadonlySet<string>;
  /** Division codes ("UA.14"): "Krymske, Luhansk" is the Krymske in Luhansk oblast. */
  readonly admins: ReadonlySet<string>;
}

/**
 * Picks the entry a place name most likely denotes: one in the countries the article is about, then
 * a capital, then a larger place; "Paris" stays in France unless the article is clearly about Texas.
 * `within` (from "Haifa, Israel" or "Celaya, Guanajuato") restricts the choice when it can, to the
 * country and then to the division. `division` ("Idlib province", or a name that qualifies another:
 * "Krymske, Luhansk") prefers a province or district to a town of the same name.
 */
export function choosePlaceEntry(entries: readonly GazetteerEntry[], countries: ArticleCountries, within: PlaceWithin | null = null, division = false): PlaceChoice | null {
  let candidates = narrow(entries, within === null ? null : (e) => e.country !== null && within.countries.has(e.country));
  // inside the qualifier's divisions, but not the division itself ("Kaya (Kaya, Sanmatenga)" is the town)
  if (within !== null && within.admins.size > 0) candidates = narrow(candidates, (e) => isInside(e.admin, within.admins) && !(isDivision(e) && within.admins.has(e.admin ?? '')));
  if (division) candidates = narrow(candidates, isDivision);
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

/** The entries that pass `keep`, or all of them when none does. */
function narrow(entries: readonly GazetteerEntry[], keep: ((entry: GazetteerEntry) => boolean) | null): readonly GazetteerEntry[] {
  if (keep === null) return entries;
  const kept = entries.filter(keep);
  return kept.length > 0 ? kept : entries;
}

/** Whether a place with code `admin` lies in (or holds) one of the divisions `admins`: "UA.14.4412" in "UA.14". */
export function isInside(admin: string | undefined, admins: ReadonlySet<string>): boolean {
  if (admin === undefined) return false;
  for (const a of admins) if (admin === a || admin.startsWith(`${a}.`) || a.startsWith(`${admin}.`)) return true;
  return false;
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
