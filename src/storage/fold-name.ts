/** Folds a name or alias for lookup: no diacritics, lower case, single spaces ("Türkiye" -> "turkiye"). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
