import { memoise } from '../../domain/index.js';
import { isDivision, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { foldPlaceName, toPlaceKeyOfFold } from './place-key.js';

/** A gazetteer entry and the other names it may be written as. */
export interface GazetteerRecord {
  readonly entry: GazetteerEntry;
  readonly aliases?: readonly string[];
}

/** The entries under one key and, in step, the folds of the names that put them there (to put exact spellings first). */
class Bucket {
  entries: GazetteerEntry[];
  folds: string[];
  /** Whether the names differ in spelling, so that a lookup should put its own spelling first. */
  mixed = false;

  constructor(entries: GazetteerEntry[], folds: string[]) {
    this.entries = entries;
    this.folds = folds;
  }
}

/** How many looked-up names the gazetteer remembers; it forgets them all when full, so memory stays bounded on any feed. */
const REMEMBERED_NAMES = 50_000;

/** Builds the name index once; lookups then cost one fold of the query and one map read, or less for a name seen before. */
export function createGazetteer(records: Iterable<GazetteerRecord>): Gazetteer {
  // most keys have one entry, kept bare to spare start-up an array per name
  const index = new Map<string, GazetteerEntry | Bucket>();
  const singleFold = new Map<string, string>();
  const countries = new Map<string, GazetteerEntry>();
  let size = 0;
  for (const { entry, aliases } of records) {
    size++;
    if (entry.kind === 'country' && entry.country !== null && !countries.has(entry.country)) countries.set(entry.country, entry);
    for (let n = -1; n < (aliases?.length ?? 0); n++) {
      const fold = foldPlaceName(n < 0 ? entry.name : aliases?.[n] ?? '');
      const key = toPlaceKeyOfFold(fold);
      if (key === '') continue;
      const found = index.get(key);
      if (found === undefined) {
        index.set(key, entry);
        if (fold !== key) singleFold.set(key, fold);
      } else if (found instanceof Bucket) {
        if (found.entries[found.entries.length - 1] !== entry) {
          found.entries.push(entry);
          found.folds.push(fold);
        }
      } else if (found !== entry) {
        index.set(key, new Bucket([found, entry], [singleFold.get(key) ?? key, fold]));
      }
    }
  }
  finishBuckets(index, countries);
  const lookup = (name: string): readonly GazetteerEntry[] => {
    const fold = foldPlaceName(name);
    const found = index.get(toPlaceKeyOfFold(fold));
    if (found === undefined) return [];
    if (!(found instanceof Bucket)) return [found];
    if (!found.mixed) return found.entries;
    // "Salvador" should find the city before El Salvador, which only shares its key; a division
    // spelt as asked ("Mazār-e Sharīf" district) stays after the town it is named after
    const first = (entry: GazetteerEntry, i: number): boolean => found.folds[i] === fold && !isDivision(entry);
    return found.entries.filter(first).concat(found.entries.filter((e, i) => !first(e, i)));
  };
  // the same names come back article after article ("Trump", "Aleppo"): one remembered costs a
  // tenth of one folded and looked up again
  const remembered = memoise(REMEMBERED_NAMES, lookup);
  return Object.freeze({
    size,
    lookup(name: string): readonly GazetteerEntry[] {
      return remembered(name);
    },
    country(iso3: string): GazetteerEntry | undefined {
      return countries.get(iso3);
    },
  });
}

/**
 * Sorts every bucket best first and drops a GeoNames city that repeats a hand-kept entry of the same
 * country nearby ("Kyiv" under "Kiev"); the hand-kept entry takes over its population and capital flag.
 */
function finishBuckets(index: Map<string, GazetteerEntry | Bucket>, countries: Map<string, GazetteerEntry>): void {
  const enriched = new Map<GazetteerEntry, GazetteerEntry>();
  const buckets: Bucket[] = [];
  for (const found of index.values()) if (found instanceof Bucket) buckets.push(found);
  for (const bucket of buckets) {
    const kept = bucket.entries.filter((e) => e.handKept);
    if (kept.length === 0) continue;
    const keep = bucket.entries.map((entry) => {
      const twin = entry.handKept || !SETTLEMENTS.has(entry.kind) ? undefined : kept.find((k) => isNear(k, entry));
      if (twin === undefined) return true;
      const before = enriched.get(twin) ?? twin;
      if (entry.population > before.population || (entry.capital && !before.capital)) {
        enriched.set(twin, { ...before, population: Math.max(before.population, entry.population), capital: before.capital || entry.capital });
      }
      return false;
    });
    bucket.folds = bucket.folds.filter((_, i) => keep[i]);
    bucket.entries = bucket.entries.filter((_, i) => keep[i]);
  }
  const final = (entry: GazetteerEntry): GazetteerEntry => enriched.get(entry) ?? entry;
  if (enriched.size > 0) {
    for (const [key, found] of index) if (!(found instanceof Bucket) && enriched.has(found)) index.set(key, final(found));
    for (const [code, entry] of countries) countries.set(code, final(entry));
  }
  for (const bucket of buckets) {
    const order = bucket.entries.map((entry, i) => ({ entry: final(entry), fold: bucket.folds[i] ?? '' })).sort((a, b) => compareEntries(a.entry, b.entry));
    bucket.entries = order.map((item) => item.entry);
    bucket.folds = order.map((item) => item.fold);
    bucket.mixed = bucket.folds.some((fold) => fold !== bucket.folds[0]);
  }
}

/** Kinds of entry that a hand-kept entry nearby repeats; a province around it is another place. */
const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

function isNear(a: GazetteerEntry, b: GazetteerEntry): boolean {
  return a.country === b.country && Math.abs(a.lat - b.lat) < 0.3 && Math.abs(a.lon - b.lon) < 0.3;
}

/** Best first: hand-kept entries, countries, capitals, then larger places. */
function compareEntries(a: GazetteerEntry, b: GazetteerEntry): number {
  return rank(b) - rank(a) || b.population - a.population;
}

function rank(entry: GazetteerEntry): number {
  return (entry.handKept ? 4 : 0) + (entry.kind === 'country' ? 2 : 0) + (entry.capital ? 1 : 0);
}
