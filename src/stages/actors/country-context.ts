import type { Mention, Place, Sentence, Token } from '../../domain/index.js';
import type { KnowledgeBase } from '../../dictionaries/index.js';

// the hyphen is tested first, without slicing the text, as few mentions have one after them
const HYPHEN = 0x2d;

/** A country-bearing piece of a sentence: a place, or a mention of an actor with a country. */
interface Clue {
  readonly start: number;
  readonly end: number;
  readonly country: string;
  /** Whether an actor is named here, who may act on a sector word after it ("Turkey has backed rebels"). */
  readonly actor: boolean;
  /** Whether the actor is named by a title, a clue only within the sector word's clause ("rebels fighting President Assad"). */
  readonly role: boolean;
}

/** Verbs after which a clause reports another, whose actors the speaker does not act on ("Kabul said police ..."). */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'add', 'claim', 'state', 'confirm', 'accord', 'declare', 'allege']);

/** "rebels backed by Turkey": a patron named after a sector word is not where the sentence is. */
const PATRON_AFTER = /^[\s,]+(?:[a-z]+ly\s+)?(?:backed|supported|armed|funded|financed|trained|sponsored|equipped)\s+by\s+(?:the\s+)?$/i;

/**
 * Which country a bare sector word is about ("police arrested five men in Kabul" -> Afghan police):
 * the nearest place, else the nearest country-bearing name, in the word's own clause ("a bomb
 * attack on a busy Istanbul street killed six civilians" -> Turkish civilians; "rebels fighting
 * Assad" -> Syrian); else the first one elsewhere in its sentence; else the article's most named
 * country. Never the country of an actor acting on the word ("Turkey has backed rebels") nor of a
 * patron ("Turkish-backed rebels", "rebels backed by Turkey").
 */
export function countryContext(kb: KnowledgeBase, text: string, mentions: readonly Mention[], places: readonly Place[], sentences: readonly Sentence[], tokens: readonly Token[]): (m: Mention) => string | null {
  const bySentence = new Map<number, Clue[]>();
  const counts = new Map<string, number>();
  const add = (sentence: number, clue: Clue): void => {
    const clues = bySentence.get(sentence);
    if (clues) clues.push(clue); else bySentence.set(sentence, [clue]);
  };
  for (const p of places) {
    if (!p.country) continue;
    // every mention of the place, including the gazetteer's own finds ("in Haifa city") that are no actor mention
    for (const span of p.mentions) {
      const s = sentenceAt(sentences, span.start);
      if (s !== null) add(s, { start: span.start, end: span.end, country: p.country, actor: false, role: false });
    }
  }
  for (const m of mentions) {
    const entry = m.entries[0] ?? m.leader; // "the Erdogan government" is about Turkey
    const country = entry ? kb.entries.get(entry)?.country : null;
    // "Turkish-backed rebels" are not Turkish: a patron named as a modifier is not where the sentence is
    if (!country || (text.charCodeAt(m.end) === HYPHEN && /^-\p{L}+(?:ed|ing)\b/u.test(text.slice(m.end, m.end + 14)))) continue;
    // "an anti-Syria journalist ... in Beirut": a country someone is against or for is not where they are
    if (/\b(?:anti|pro)-$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    add(m.sentence, { start: m.start, end: m.end, country, actor: true, role: m.kind === 'role' });
  }
  let main: string | null = null;
  let best = 0;
  for (const [c, n] of counts) if (n > best) { main = c; best = n; }
  return (m) => {
    const sentence = sentences[m.sentence];
    const clues = (bySentence.get(m.sentence) ?? []).filter((c) => c.end <= m.start || c.start >= m.end);
    if (!sentence || clues.length === 0) return main;
    const between = (from: number, to: number): Token[] => tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => t.start >= from && t.end <= to);
    const sameClause = (c: Clue): boolean => !between(Math.min(c.end, m.end), Math.max(c.start, m.start)).some(isClauseBoundary);
    // "Turkey has backed rebels", "police dispersed protesters": an actor before the word with a verb between acts on it
    const verbsOn = (c: Clue): Token[] => (c.end <= m.start && c.actor && sameClause(c) ? between(c.end, m.start).filter((t) => t.pos === 'VERB' || PATRONAGE.test(t.lower)) : []);
    const acting = clues.filter((c) => verbsOn(c).length > 0);
    const patrons = new Set(clues.filter((c) => verbsOn(c).some((t) => PATRONAGE.test(t.lower)) || (c.start >= m.end && PATRON_AFTER.test(text.slice(m.end, c.start)))).map((c) => c.country));
    const left = clues.filter((c) => !patrons.has(c.country));
    const inClause = left.filter((c) => !acting.includes(c) && sameClause(c) && (c.end <= m.start || isOwnPhrase(text.slice(m.end, c.start), c.actor)));
    const distance = (c: Clue): number => (c.end <= m.start ? m.start - c.end : c.start - m.end);
    const nearest = (cs: readonly Clue[]): Clue | undefined => [...cs].sort((a, b) => distance(a) - distance(b))[0];
    // "Police in Kabul": a place of the word's own clause; "rebels fighting Assad": a name of it; else the sentence's first
    const found = nearest(inClause.filter((c) => !c.actor)) ?? nearest(inClause) ?? left.find((c) => !c.role && !acting.includes(c)) ?? left.find((c) => !c.role);
    if (found) return found.country;
    return main && !patrons.has(main) ? main : null;
  };
}

/**
 * Whether what follows a sector word leads to a clue of its own phrase: a place where it is ("civilians
 * in northern Syria", not "troops to Iraq"), or an actor its participle is about ("rebels fighting Assad").
 */
function isOwnPhrase(gap: string, actor: boolean): boolean {
  return actor ? OWN_PARTICIPLE.test(gap) : LOCATIVE.test(gap);
}

/** "in", "near the", "in northern", "of the occupied": a preposition of place before a place name. */
const LOCATIVE = /^\s+(?:[a-z]+\s+){0,3}?(?:in|near|at|outside|inside|around|across|throughout|of|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$/;

/** "fighting", "fighting against the", "loyal to": a participle, or an adjective of allegiance, before a name. */
const OWN_PARTICIPLE = /^\s+(?:[a-z]+ing|loyal\s+to|opposed\s+to)\s+(?:[a-z]+\s+){0,2}$/;

/** Words by which one actor backs another ("Iran armed militants"): the backer's country is not the backed's. */
const PATRONAGE = /^(?:back|arm|support|fund|financ|train|sponsor|equip|aid|help|suppl)(?:s|ed|es|ing|ies|ied|y)?$/;

/** A token that ends one clause and starts another ("..., while", "said", "after"). */
function isClauseBoundary(t: Token): boolean {
  return t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.pos === 'SCONJ' || (t.pos === 'VERB' && REPORTING.has(t.lemma));
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
