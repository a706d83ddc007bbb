import type { Mention, Place } from '../../domain/index.js';
import type { KnowledgeBase } from '../../dictionaries/index.js';

/**
 * Which country a sentence is about, for bare sector words ("police arrested five men in Kabul"
 * -> Afghan police): a place in the sentence, else a country named in it, else the article's most
 * named country.
 */
export function countryContext(kb: KnowledgeBase, text: string, mentions: readonly Mention[], places: readonly Place[]): (sentence: number) => string | null {
  const bySentence = new Map<number, string>();
  const counts = new Map<string, number>();
  const placeSentence = new Map<string, number>();
  for (const m of mentions) placeSentence.set(m.id, m.sentence);
  for (const p of places) {
    for (const id of p.mentionIds) {
      const s = placeSentence.get(id);
      if (s !== undefined && p.country && !bySentence.has(s)) bySentence.set(s, p.country);
    }
  }
  for (const m of mentions) {
    const entry = m.entries[0] ?? m.leader; // "the Erdogan government" is about Turkey
    const country = entry ? kb.entries.get(entry)?.country : null;
    // "Turkish-backed rebels" are not Turkish: a patron named as a modifier is not where the sentence is
    if (!country || /^-\p{L}+(?:ed|ing)\b/u.test(text.slice(m.end, m.end + 14))) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    if (!bySentence.has(m.sentence) && m.kind !== 'role') bySentence.set(m.sentence, country);
  }
  let main: string | null = null;
  let best = 0;
  for (const [c, n] of counts) if (n > best) { main = c; best = n; }
  return (sentence) => bySentence.get(sentence) ?? main;
}
