import type { Sentence, Token } from '../../domain/index.js';
import type { Trigger } from './find-triggers.js';

/**
 * The verb whose subject undergoes the act named by an act noun in a phrase after it, or -1:
 * "civilians were killed on Thursday in air strikes", "13 civilians killed in regime air raids",
 * "soldiers died in clashes". The subject is the victim of the act, never its doer.
 */
export function findPatientVerb(tokens: readonly Token[], sentence: Sentence, noun: Trigger): number {
  const head = tokens[noun.head];
  // "killed in shelling by government forces": a gerund names the act as a noun does
  const gerund = head?.pos === 'VERB' && /ing$/.test(head.lower) && noun.first === noun.head;
  if (head?.pos !== 'NOUN' && head?.pos !== 'PROPN' && !gerund) return -1;
  // "in regime air raids", "in Russian air strikes": the noun phrase's modifiers up to its preposition
  let k = noun.first - 1;
  while (k > sentence.tokenStart && MODIFIERS.has(tokens[k]?.pos ?? '')) k--;
  if (!ACT_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return -1;
  // "killed on Thursday in", "wounded in Aleppo province in": phrases of time and place between
  for (let v = k - 1; v >= sentence.tokenStart && v > k - VERB_REACH; v--) {
    const t = tokens[v];
    if (!t) break;
    if (t.pos === 'VERB') return hasPatientSubject(tokens, v) ? v : -1;
    if (!BETWEEN.has(t.pos)) break;
  }
  return -1;
}

/** Prepositions that place a victim's fate in an act: "killed in", "wounded during", "died amid". */
const ACT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'amid', 'by']);
/** Words before an act noun in its phrase: "the", "Russian", "regime", "two". */
const MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words of the phrases of time and place between a verb and the act: "on Thursday in the town of". */
const BETWEEN: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV']);
const VERB_REACH = 10;
/** Verbs whose subject is always the one it happens to: "died in air strikes". */
const UNACCUSATIVE: ReadonlySet<string> = new Set(['die', 'perish']);

/** Whether the verb at `at` has its patient as subject: a passive, or "die". */
export function hasPatientSubject(tokens: readonly Token[], at: number): boolean {
  return UNACCUSATIVE.has(tokens[at]?.lemma ?? '') || isPassiveAt(tokens, at, at);
}

const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being', 'get', 'got']);

/** Past participles that do not end in -ed, -en or -wn: "was shot by", "were held by". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'shot', 'hit', 'struck', 'held', 'caught', 'fought', 'kept', 'led', 'met', 'sent', 'shut', 'set', 'put', 'cut', 'burnt',
  'built', 'brought', 'bought', 'told', 'sold', 'found', 'bound', 'hung', 'stuck', 'hurt', 'beat', 'lost', 'left', 'sought',
  'won', 'made', 'paid', 'laid', 'fled', 'spread', 'swept', 'dealt', 'dug', 'cast', 'slit',
]);

/** Participles of harm that a headline's subject suffers: "civilians killed in", "soldiers wounded in". */
const SUFFERED: ReadonlySet<string> = new Set([
  'killed', 'wounded', 'injured', 'hurt', 'shot', 'slain', 'massacred', 'executed', 'beheaded', 'arrested', 'detained',
  'abducted', 'kidnapped', 'captured', 'displaced', 'evacuated', 'trapped', 'buried',
]);

/**
 * Whether the verb spanning `first`..`last` is a passive: "were killed", "shells fired by LNA
 * forces", or a headline's "13 civilians killed in air raids", a participle between a noun and "in".
 */
export function isPassiveAt(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first];
  if (!head || head.pos !== 'VERB' || !(/ed$|en$|wn$/.test(head.lower) || IRREGULAR_PARTICIPLES.has(head.lower))) return false;
  const next = tokens[last + 1]?.lower;
  // "shells fired by LNA forces": a participle right before its agent is passive without "were"
  if (next === 'by') return true;
  // "13 civilians killed in regime air raids": a headline drops the "were" ("ministers met in Moscow" keeps its subject)
  const prev = tokens[first - 1];
  if (first === last && next === 'in' && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && SUFFERED.has(head.lower)) return true;
  for (let k = first - 1; k >= first - 3 && k >= 0; k--) {
    const t = tokens[k];
    if (!t) break;
    if (BE.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return false;
}
