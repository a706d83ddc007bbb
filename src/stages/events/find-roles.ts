import type { ActorId, Sentence, Token } from '../../domain/index.js';
import { groupOf, type Slot, type SlotIndex } from './participants.js';
import type { Trigger } from './find-triggers.js';
import { findPatientVerb, isPassiveAt } from './find-act-clause.js';

/** Who does and who undergoes an event, and how they were found (for the event's reason). */
export interface Roles {
  readonly source: readonly ActorId[];
  readonly target: readonly ActorId[];
  readonly how: string;
}

const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'add', 'claim', 'state', 'confirm', 'accord', 'quote', 'write', 'tweet', 'declare', 'reiterate', 'stress', 'insist', 'conclude', 'argue', 'emphasize', 'emphasise', 'assert', 'allege', 'explain']);
const STOP_RIGHT = new Set([';', 'after', 'before', 'while', 'because', 'when', 'although', 'but', 'which', 'who']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);
const LEFT_WINDOW = 30;
const RIGHT_WINDOW = 18;

/**
 * Finds the source and target of a trigger within its sentence: the subject group to its left and
 * the object group to its right; "X was attacked by Y" and "an attack by Y on X" swap them;
 * "talks between A and B" puts A on one side and B on the other.
 */
export function findRoles(index: SlotIndex, tokens: readonly Token[], sentence: Sentence, trigger: Trigger, skipFrom: number): Roles {
  const after = (k: number): string => tokens[k]?.lower ?? '';
  const nextWord = trigger.last + 1;
  if (after(nextWord) === 'between' || after(nextWord + 1) === 'between') {
    const start = after(nextWord) === 'between' ? nextWord + 1 : nextWord + 2;
    const group = rightGroup(index, tokens, sentence, start, trigger);
    if (group.length >= 2) return split(group.map((s) => s.actor), 'between');
  }
  const passive = isPassiveAt(tokens, trigger.first, trigger.last);
  const byAt = findWord(tokens, trigger.last + 1, sentence.tokenEnd, 'by', 4);
  const right = rightGroup(index, tokens, sentence, byAt >= 0 ? byAt + 1 : skipFrom, trigger);
  // "civilians were killed in air strikes (by government forces)": the subject is the victim
  const patientVerb = findPatientVerb(tokens, sentence, trigger);
  if (patientVerb >= 0) {
    const victims = leftGroup(index, tokens, sentence, patientVerb);
    if (byAt >= 0) return clean(right, victims, 'act noun after a verb whose subject is its patient: source after "by", target that subject');
    const withAt = findWord(tokens, trigger.last + 1, sentence.tokenEnd, 'with', 2);
    // "wounded in clashes with rebels": the other side
    const other = withAt >= 0 ? rightGroup(index, tokens, sentence, withAt + 1, trigger) : [];
    if (other.length > 0) return clean(other, victims, 'act noun after a verb whose subject is its patient: source after "with", target that subject');
    return clean(modifierAgent(index, tokens, sentence, trigger), victims, 'act noun after a verb whose subject is its patient: source its modifier, target that subject');
  }
  const left = leftGroup(index, tokens, sentence, trigger.first);
  if (byAt >= 0 && (passive || isNoun(tokens, trigger))) {
    const onAt = findWord(tokens, byAt + 1, sentence.tokenEnd, 'on', 8);
    const target = passive ? left : onAt >= 0 ? rightGroup(index, tokens, sentence, onAt + 1, trigger) : [];
    return clean(right, target, passive ? 'passive: source after "by", target the subject' : 'noun: source after "by"');
  }
  if (passive) return clean([], left, 'passive without agent: the subject is the target');
  const target = rightGroup(index, tokens, sentence, skipFrom, trigger);
  if (left.length === 0 && target.length >= 2 && isSymmetric(trigger)) return split(target.map((s) => s.actor), 'reciprocal participants after the trigger');
  if (left.length >= 2 && target.length === 0 && isSymmetric(trigger)) return split(left.map((s) => s.actor), 'reciprocal subject ("A and B met")');
  return clean(left, target, 'subject before the trigger, object after it');
}

function clean(source: readonly Slot[], target: readonly Slot[], how: string): Roles {
  const src = unique(source.map((s) => s.actor));
  const tgt = unique(target.map((s) => s.actor)).filter((a) => !src.includes(a));
  return { source: src, target: tgt, how };
}

function split(actors: readonly ActorId[], how: string): Roles {
  const all = unique(actors);
  return { source: all.slice(0, 1), target: all.slice(1), how };
}

function unique(ids: readonly ActorId[]): ActorId[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

function leftGroup(index: SlotIndex, tokens: readonly Token[], sentence: Sentence, from: number): Slot[] {
  const limit = Math.max(sentence.tokenStart, from - LEFT_WINDOW);
  // "the problem of refugees and joint efforts to fight extremist groups": refugees would not fight
  if (isNounComplement(tokens, index, from)) return [];
  // "Ankara blamed Kurdish militants, who denied involvement, and launched air strikes": the subject
  // of a verb coordinated with an earlier one is that verb's subject
  const earlier = coordinatedVerb(tokens, sentence, from);
  if (earlier >= 0) return leftGroup(index, tokens, sentence, earlier);
  for (let k = from - 1; k >= limit; k--) {
    const s = index.at[k] ?? -1;
    if (s >= 0) {
      let b = (index.slots[s]?.first ?? k) - 1;
      while (tokens[b]?.pos === 'DET' || tokens[b]?.pos === 'ADJ') b--;
      const before = tokens[b];
      // "talks with Moscow", "led by the YPG": objects of prepositions are no subjects
      if (before && before.pos === 'ADP' && before.lower !== 'of') { k = (index.slots[s]?.first ?? k); continue; }
      return groupOf(index, tokens, s);
    }
    const t = tokens[k];
    // a subject never lies beyond a clause boundary: "since a bombing", "X said (that) ..."
    if (!t || t.text === ';' || t.pos === 'SCONJ' || (REPORTING.has(t.lemma) && t.pos === 'VERB')) break;
    const aside = asideStart(tokens, k, limit, from);
    if (aside >= 0) k = aside;
  }
  return [];
}

/**
 * Whether the trigger at `from` is an infinitive completing a common noun that is one of a list of
 * objects naming actors of their own: "discussed the problem of refugees and joint efforts to fight".
 * The names before the "and" belong to another object; "announced a plan to attack" and "used
 * teargas and water cannons to disperse" still look back to who announced or used them.
 */
function isNounComplement(tokens: readonly Token[], index: SlotIndex, from: number): boolean {
  if (tokens[from - 1]?.lower !== 'to' || tokens[from - 2]?.pos !== 'NOUN' || (index.at[from - 2] ?? -1) >= 0) return false;
  let k = from - 3;
  while (k > from - 7 && NOUN_PHRASE.has(tokens[k]?.pos ?? '') && (index.at[k] ?? -1) < 0) k--;
  const before = tokens[k];
  if (before?.lower !== 'and' && before?.text !== ',') return false;
  // the names of the other object come before its verb; "used teargas and water cannons to disperse" has none
  for (let b = k - 1; b >= Math.max(0, k - LEFT_WINDOW); b--) {
    if ((index.at[b] ?? -1) >= 0) return true;
    if (tokens[b]?.pos === 'VERB' || tokens[b]?.pos === 'AUX') return false;
  }
  return false;
}

/** Parts of speech inside a noun phrase before its head: "joint", "the", "new". */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/**
 * The earlier verb that the verb at `from` is coordinated with ("blamed ... and launched", "shelled
 * the town and killed"), stepping over a relative clause between commas ("..., who denied it, and");
 * -1 when the verb is not coordinated.
 */
export function coordinatedVerb(tokens: readonly Token[], sentence: Sentence, from: number): number {
  let verb = from;
  // "and launched air strikes": an act noun's verb
  while (verb > from - 4 && NOUN_PHRASE.has(tokens[verb]?.pos ?? '')) verb--;
  if (tokens[verb]?.pos !== 'VERB') return -1;
  let k = verb - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'and') return -1;
  k--;
  if (tokens[k]?.text === ',') {
    // ", who denied involvement, and": the relative clause is not where the earlier verb is
    for (let b = k - 1; b > sentence.tokenStart && b > k - 12; b--) {
      if (tokens[b]?.text !== ',') continue;
      if (RELATIVE.has(tokens[b + 1]?.lower ?? '')) k = b;
      break;
    }
  }
  for (let b = k - 1; b >= sentence.tokenStart && b > from - LEFT_WINDOW; b--) {
    const t = tokens[b];
    if (!t || t.text === ';' || t.pos === 'SCONJ') return -1;
    if (t.pos === 'VERB' && !REPORTING.has(t.lemma)) return /ing$/.test(t.lower) ? -1 : b;
  }
  return -1;
}

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);

/**
 * Where an aside that ends at token `k` begins, so that the search for a subject steps over it, or
 * -1: a bracketed list ("residents (Kamukunji, Nairobi) demonstrated") or an appositive right before
 * the verb ("Pakistan, a key U.S. ally, has refused").
 */
function asideStart(tokens: readonly Token[], k: number, limit: number, verb: number): number {
  const t = tokens[k];
  if (t?.text === ')') {
    // a list of places qualifies the subject; a single name may be who it is ("militants (suspected TTP)")
    let list = false;
    for (let b = k - 1; b >= limit; b--) {
      if (tokens[b]?.text === ',') list = true;
      if (tokens[b]?.text === '(') return list ? b : -1;
    }
    return -1;
  }
  if (t?.text !== ',') return -1;
  for (let v = k + 1; v < verb; v++) if (!VERB_GROUP.has(tokens[v]?.pos ?? '')) return -1;
  for (let b = k - 1; b > limit; b--) {
    const u = tokens[b];
    if (!u || u.text === ';' || u.pos === 'VERB') return -1;
    if (u.text === ',') return tokens[b + 1]?.pos === 'DET' ? b : -1;
  }
  return -1;
}

/** The words that may stand between an appositive's closing comma and its verb: "has refused", "also rejected". */
const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART', 'VERB']);

function rightGroup(index: SlotIndex, tokens: readonly Token[], sentence: Sentence, from: number, trigger: Trigger): Slot[] {
  const limit = Math.min(sentence.tokenEnd, from + RIGHT_WINDOW);
  for (let k = Math.max(from, trigger.last + 1); k < limit; k++) {
    const t = tokens[k];
    if (!t) break;
    const s = index.at[k] ?? -1;
    if (s >= 0) {
      const slot = index.slots[s];
      const following = tokens[(slot?.last ?? k) + 1];
      if (following && REPORTING.has(following.lemma)) return []; // "..., Russia said": the speaker
      // "withdrew its troops from Lebanon": the source's own forces are its means, not the target
      if (POSSESSIVE.has(tokens[(slot?.first ?? k) - 1]?.lower ?? '')) { k = slot?.last ?? k; continue; }
      return groupOf(index, tokens, s);
    }
    if (STOP_RIGHT.has(t.lower) || (REPORTING.has(t.lemma) && t.pos === 'VERB')) break;
    // "shelled Aleppo, and Assad met envoys": a comma and a conjunction start the next clause
    if (t.text === ',' && CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? '')) break;
  }
  return [];
}

/** Conjunctions that, after a comma, begin a new clause with its own subject. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** The actor named before an act noun in its own phrase: "in Russian air strikes", "in regime air raids". */
function modifierAgent(index: SlotIndex, tokens: readonly Token[], sentence: Sentence, noun: Trigger): Slot[] {
  for (let k = noun.first - 1; k >= sentence.tokenStart && ACT_MODIFIERS.has(tokens[k]?.pos ?? ''); k--) {
    const s = index.at[k] ?? -1;
    if (s >= 0) return groupOf(index, tokens, s);
  }
  return [];
}

/** Words before an act noun in its phrase: "the", "Russian", "regime". */
const ACT_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

function isNoun(tokens: readonly Token[], trigger: Trigger): boolean {
  const t = tokens[trigger.head];
  return t?.pos === 'NOUN' || t?.pos === 'PROPN';
}

function isSymmetric(trigger: Trigger): boolean {
  return ['CONSULT', 'AGREE', 'COOPERATE', 'ASSAULT'].includes(trigger.rule.type);
}

function findWord(tokens: readonly Token[], from: number, end: number, word: string, window: number): number {
  for (let k = from; k < Math.min(end, from + window); k++) if (tokens[k]?.lower === word) return k;
  return -1;
}

export { REPORTING };
