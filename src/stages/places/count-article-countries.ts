import type { Mention } from '../../domain/index.js';

/** Tells whether an ISO3 code is a country (the gazetteer knows it), so that the id "HTS" is not one. */
export type IsCountry = (code: string) => boolean;

/** The country an entry id is of: "SYR" -> SYR, "TUR.MIL" -> TUR, "HTS" and "HULUSI_AKAR" -> null. */
export function toEntryCountry(entry: string | undefined, isCountry: IsCountry): string | null {
  if (entry === undefined || entry.length < 3 || (entry.length > 3 && entry.charAt(3) !== '.')) return null;
  const code = entry.slice(0, 3);
  return isCountry(code) ? code : null;
}

/**
 * Counts how often the article names each country through its mentions (names, demonyms, state
 * bodies like "TUR.MIL", the country a role is of), to prefer places in the countries it is about.
 */
export function countArticleCountries(mentions: readonly Mention[], isCountry: IsCountry): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const country = toEntryCountry(mention.entries[0], isCountry) ?? toEntryCountry(mention.titleOf, isCountry);
    if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}
