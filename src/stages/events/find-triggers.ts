import type { Sentence, Token } from '../../domain/index.js';
import type { EventLexicon, EventRule } from '../../dictionaries/index.js';
import { matchPattern, unlemmatisedSingular } from './match-pattern.js';

/** A lexicon rule matched in a sentence: the rule and the tokens of its trigger. */
export interface Trigger {
  readonly rule: EventRule;
  readonly first: number;
  readonly last: number;
  readonly head: number;
  /** Set when a governing trigger before it ("threatened to") absorbs it. */
  governedBy?: Trigger;
}

/**
 * Finds the lexicon's triggers in one sentence, longest first at each word, never overlapping;
 * then lets governing triggers ("agreed to", "threatened to", "called on X to") absorb the action
 * they govern, so "threatened to attack" is one THREATEN and never an ASSAULT.
 */
export function findTriggers(lexicon: EventLexicon, tokens: readonly Token[], sentence: Sentence): Trigger[] {
  const found: Trigger[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    const t = tokens[i];
    if (!t) break;
    const candidates = candidatesAt(lexicon, t);
    let best: Trigger | null = null;
    for (const rule of candidates) {
      if (best && rule.elements.length < best.rule.elements.length) break;
      const hits = matchPattern(tokens, rule.elements, i, sentence.tokenEnd);
      if (!hits || !fitsFirst(t, rule)) continue;
      const last = hits[hits.length - 1] ?? i;
      if (!best || last - i > best.last - best.first || rule.elements.length > best.rule.elements.length) best = { rule, first: i, last, head: headOf(tokens, hits) };
    }
    if (best && !modifiesAgent(tokens, best) && !isCompoundModifier(tokens, best) && !isDescribed(tokens, best, sentence.tokenStart)) { found.push(best); i = best.last + 1; } else i++;
  }
  for (let k = 0; k < found.length; k++) {
    const g = found[k];
    if (!g) continue;
    // "rejected the Russia-mediated talks", "threatened a new ground operation": the noun is the object
    const object = found[k + 1];
    if (object && !object.governedBy && isNounTrigger(tokens, object) && isNounPhraseGap(tokens, g.last + 1, object.first)) {
      object.governedBy = g;
      continue;
    }
    if (!g.rule.governs) continue;
    if (g.rule.topic) { absorbTopic(tokens, found, k); continue; }
    // the governed action follows within a few words, after "to" or "that ... would"
    for (let n = k + 1; n < found.length; n++) {
      const f = found[n];
      if (!f || f.first - g.last > 12) break;
      const between = tokens.slice(g.last + 1, f.first);
      // "is willing to withdraw": the governing pattern may end with its own "to"
      if ((tokens[g.last]?.lower === 'to' || g.rule.speakerActs) && between.length <= 2) { f.governedBy = g; break; }
      if (between.some((b) => b.lower === 'to' || b.lower === 'that' || b.lower === 'would' || b.lower === 'will')) { f.governedBy = g; break; }
    }
  }
  return found;
}

/**
 * "discussed ways to resolve the crisis and joint efforts to fight extremist groups": every trigger
 * in the object of a verb of talking, up to the end of its clause, is a topic and no event.
 */
function absorbTopic(tokens: readonly Token[], found: readonly Trigger[], k: number): void {
  const g = found[k];
  if (!g) return;
  let n = k + 1;
  for (let at = g.last + 1; n < found.length; at++) {
    const t = tokens[at];
    const f = found[n];
    if (!t || !f) break;
    if (at === f.first) { f.governedBy = g; n++; at = f.last; continue; }
    // "discussed Syria, and Turkey later attacked Kobani", "discussed Syria while jets struck"
    if (t.text === ';' || t.pos === 'SCONJ' || TOPIC_ENDS.has(t.lower) || (t.text === ',' && CLAUSE_JOINERS.has(tokens[at + 1]?.lower ?? ''))) break;
  }
}

/** Words after which the object of a verb of talking has ended and a clause of its own begins. */
const TOPIC_ENDS: ReadonlySet<string> = new Set(['which', 'who', 'but', 'while', 'whereas', 'after', 'before', 'when', 'because', 'said', 'says']);
/** Conjunctions that, after a comma, begin a clause of their own: "discussed Syria, and jets struck Kobani". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'as', 'yet', 'while']);

const NO_RULES: readonly EventRule[] = [];

/**
 * The rules whose first word is the token's lemma, then those whose first word is its surface form,
 * then its singular when the tagger left a capitalised plural as it is ("Shells fell").
 */
function candidatesAt(lexicon: EventLexicon, t: Token): readonly EventRule[] {
  const byLemma = lexicon.rulesByFirst.get(t.lemma);
  const byForm = t.lower !== t.lemma ? lexicon.rulesByFirst.get(t.lower) : undefined;
  const singular = unlemmatisedSingular(t);
  const bySingular = singular === null ? undefined : lexicon.rulesByFirst.get(singular);
  if (bySingular) return [...(byLemma ?? []), ...(byForm ?? []), ...bySingular];
  if (byLemma && byForm) return [...byLemma, ...byForm];
  return byLemma ?? byForm ?? NO_RULES;
}

/** Nouns for people, bodies and machines that an act noun may only describe: "aid workers", "attack helicopters". */
const AGENT_HEADS: ReadonlySet<string> = new Set([
  'worker', 'official', 'agency', 'group', 'organisation', 'organization', 'leader', 'activist', 'staff', 'volunteer',
  'helicopter', 'plane', 'jet', 'aircraft', 'drone', 'submarine', 'dog', 'squad', 'unit', 'team', 'camp', 'site',
]);

/** "aid workers", "attack helicopters": a one-word act noun before a noun for who or what acts is no event. */
function modifiesAgent(tokens: readonly Token[], t: Trigger): boolean {
  const next = tokens[t.last + 1];
  return t.first === t.last && isNounTrigger(tokens, t) && next !== undefined && next.pos === 'NOUN' && AGENT_HEADS.has(next.lemma);
}

/** Verbs that say what something was like: their object is what is talked about, not an act of the subject. */
const DESCRIBING: ReadonlySet<string> = new Set(['describe', 'call', 'term', 'characterise', 'characterize', 'label', 'dub', 'portray', 'deem', 'consider', 'regard', 'view']);

/** "the agency described the meeting as positive", "called the talks a waste of time": the act is only talked about. */
function isDescribed(tokens: readonly Token[], t: Trigger, sentenceStart: number): boolean {
  if (!isNounTrigger(tokens, t)) return false;
  for (let k = t.first - 1; k >= Math.max(sentenceStart, t.first - 5); k--) {
    const u = tokens[k];
    if (!u) return false;
    if (u.pos === 'VERB') return DESCRIBING.has(u.lemma);
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON'].includes(u.pos)) return false;
  }
  return false;
}

/** Prefixes that make a hyphenated verb a verb still: "re-arrested", "co-sponsored". */
const VERB_PREFIXES: ReadonlySet<string> = new Set(['re', 'co', 'pre', 'un', 'non', 'over', 'under', 'counter', 'self', 'cross', 'mis', 'out']);

/**
 * "the US-backed SDF", "Iran-sponsored militias", "a Qatar-mediated deal": a participle glued to a
 * word before it by a hyphen is an adjective describing a noun, no act told by the sentence.
 */
function isCompoundModifier(tokens: readonly Token[], t: Trigger): boolean {
  const first = tokens[t.first];
  const hyphen = tokens[t.first - 1];
  const before = tokens[t.first - 2];
  if (!first || !hyphen || !before || hyphen.text !== '-' || hyphen.start !== before.end || hyphen.end !== first.start) return false;
  return first.pos === 'VERB' && /(ed|led|wn|en)$/.test(first.lower) && !VERB_PREFIXES.has(before.lower);
}

function isNounTrigger(tokens: readonly Token[], t: Trigger): boolean {
  const head = tokens[t.head];
  return head?.pos === 'NOUN' || head?.pos === 'PROPN';
}

function isNounPhraseGap(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'VERB', 'PRON'].includes(t.pos) && t.text !== '-') return false;
    if (t.pos === 'VERB' && !/ed$/.test(t.lower)) return false;
  }
  return true;
}

/** The token that best names a multi-word trigger: its verb if any, else its last word. */
function headOf(tokens: readonly Token[], hits: readonly number[]): number {
  return hits.find((h) => tokens[h]?.pos === 'VERB') ?? hits[hits.length - 1] ?? hits[0] ?? 0;
}

function fitsFirst(t: { pos: string }, rule: EventRule): boolean {
  const e = rule.elements[0];
  if (!e?.pos) return true;
  return e.pos === 'V' ? t.pos === 'VERB' || t.pos === 'AUX' : t.pos === 'NOUN' || t.pos === 'PROPN';
}
