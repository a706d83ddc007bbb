import type { Mention, Place, Sentence } from '../../domain/index.js';
import type { KnowledgeBase } from '../../dictionaries/index.js';

/**
 * Which country a sentence is about, for bare sector words ("police arrested five men in Kabul"
 * -> Afghan police): a place in the sentence, else a country named in it, else the article's most
 * named country.
 */
export function countryContext(kb: KnowledgeBase, text: string, mentions: readonly Mention[], places: readonly Place[], sentences: readonly Sentence[]): (sentence: number) => string | null {
  const bySentence = new Map<number, string>();
  const counts = new Map<string, number>();
  for (const p of places) {
    if (!p.country) continue;
    // every mention of the place, including the gazetteer's own finds ("in Haifa city") that are no actor mention
    for (const span of p.mentions) {
      const s = sentenceAt(sentences, span.start);
      if (s !== null && !bySentence.has(s)) bySentence.set(s, p.country);
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

/** The index of the sentence holding a character offset, or null. */
function sentenceAt(sentences: readonly Sentence[], at: number): number | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) return null;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.index;
  }
  return null;
}
