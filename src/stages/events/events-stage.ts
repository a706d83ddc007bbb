import { toEventId, type ActorId, type Diagnostic, type Event, type Evidence, type Sentence, type TextSpan, type Token } from '../../domain/index.js';
import type { EventLexicon } from '../../dictionaries/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';
import { codeEvent } from './code-event.js';
import { findModality, findSpeaker } from './find-modality.js';
import { coordinatedVerb, findRoles, type Roles } from './find-roles.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { findPatientVerb } from './find-act-clause.js';
import { dateEvent, findSentencePlaces, locateEvent, type PlaceInSentence } from './locate-event.js';
import { isBackgroundSummary } from './is-background-summary.js';
import { indexSlots, type SlotIndex } from './participants.js';

/**
 * Codes who did what to whom, sentence by sentence: lexicon triggers, their source and target
 * actors from the same sentence only, modality and claimant, date and place, and the evidence.
 * The same event told twice in the article becomes one event with several pieces of evidence.
 */
export function createEventsStage(lexicon: EventLexicon): TypedStage<'events'> {
  return defineStage({
    name: 'events',
    version: '1',
    requires: ['tokens', 'sentences', 'mentions', 'actors', 'places', 'dates'],
    provides: ['events'],
    run(analysis) {
      const tokens = analysis.tokens ?? [];
      const text = analysis.article.text;
      const index = indexSlots(analysis);
      const merged = new Map<string, { event: Event; evidence: Evidence[] }>();
      const diagnostics: Diagnostic[] = [];
      for (const sentence of analysis.sentences ?? []) {
        let places: PlaceInSentence[] | undefined;
        const triggers = findTriggers(lexicon, tokens, sentence);
        const retold = retoldByNoun(tokens, sentence, triggers);
        for (const trigger of triggers) {
          if (trigger.governedBy || retold.has(trigger) || isReducedRelative(tokens, trigger.first, index)) continue;
          const first = tokens[trigger.first];
          const last = tokens[trigger.last];
          if (!first || !last) continue;
          // "in March 2011", "on 9 March": a word of a date expression is no trigger ("march/N")
          if (isInDate(analysis.dates ?? [], first.start)) continue;
          const found = rolesOf(index, tokens, sentence, trigger);
          places ??= findSentencePlaces(analysis.places ?? [], sentence, text);
          const location = locateEvent(places, first.start);
          // "a protest was held in Kirkuk", "shells fell on Marib": a physical happening with a place needs no named actor
          const actorless = !found || (found.source.length === 0 && found.target.length === 0);
          // "efforts to fight extremist groups in Syria": an infinitive completing a noun names an act, not a happening
          if (actorless && !(found && HAPPENINGS.has(trigger.rule.type) && location && !completesNoun(tokens, trigger.first))) {
            diagnostics.push({ code: 'event/no-actor', severity: 'info', message: `"${text.slice(first.start, last.end)}" (${trigger.rule.type}) has no actor in its sentence; no event was made`, span: { start: first.start, end: last.end } });
            continue;
          }
          const roles = found ?? { source: [], target: [], how: '' };
          // without a source, only a passive ("were killed") or "between" says who the others are
          if (!actorless && roles.source.length === 0 && (!HAPPENINGS.has(trigger.rule.type) || roles.how.startsWith('subject')) && !isDoneByDeed(tokens, sentence, triggers, trigger)) continue;
          const m = findModality(lexicon, index, tokens, sentence, trigger, roles.source);
          const coded = codeEvent(trigger.rule, m.modality);
          if (actorless && !HAPPENINGS.has(coded.type)) continue; // an unattributed threat is no event
          const date = dateEvent(analysis.dates ?? [], sentence, first.start, analysis.article.published);
          if (isBackgroundSummary(tokens, trigger.first, sentence.tokenStart, date, analysis.article.published)) {
            diagnostics.push({ code: 'event/background', severity: 'info', message: `"${text.slice(first.start, last.end)}" (${coded.type}) sums up the past ("${date.text ?? ''}"); no event was made`, span: { start: first.start, end: last.end } });
            continue;
          }
          const evidence: Evidence = {
            text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, sentence: sentence.index,
            trigger: { text: text.slice(first.start, last.end), start: first.start, end: last.end },
          };
          // "the attack in Kabul" told again without its actors is the event already told with them
          const told = actorless ? [...merged.values()].find((x) => x.event.type === coded.type && x.event.date.value === date.value && x.event.location?.place === location?.place) : undefined;
          if (told) { told.evidence.push(evidence); continue; }
          const key = [coded.type, sorted(roles.source), sorted(roles.target), date.value, coded.modality, actorless ? location?.place : ''].join('|');
          const seen = merged.get(key);
          if (seen) { seen.evidence.push(evidence); continue; }
          const event: Event = {
            id: toEventId(`e${merged.size + 1}`), type: coded.type, mode: coded.mode, cameo: coded.cameo,
            source: roles.source, target: roles.target, date, location,
            modality: coded.modality, attributedTo: m.attributedTo, evidence: [],
            rule: trigger.rule.id,
            reason: `rule ${trigger.rule.id} ("${trigger.rule.pattern}") matched "${evidence.trigger.text}"; actors: ${actorless ? 'none named (a happening at a place)' : roles.how}; date: ${date.reason}${m.cue ? `; modality cue "${m.cue}"` : ''}${coded.note ? `; ${coded.note}` : ''}`,
          };
          merged.set(key, { event, evidence: [evidence] });
        }
      }
      return { events: [...merged.values()].map(({ event, evidence }) => ({ ...event, evidence })), diagnostics };
    },
  });
}

/**
 * The verb triggers whose act a noun in a phrase after them names again: "were killed in air
 * strikes (by government forces)" is one attack, told by the noun, which knows its mode and agent.
 */
function retoldByNoun(tokens: readonly Token[], sentence: Sentence, triggers: readonly Trigger[]): Set<Trigger> {
  const told = new Set<Trigger>();
  for (const noun of triggers) {
    if (noun.governedBy) continue;
    const verb = findPatientVerb(tokens, sentence, noun);
    const same = verb >= 0 ? triggers.find((t) => t.first <= verb && verb <= t.last && t.rule.type === noun.rule.type) : undefined;
    if (same && !same.governedBy) told.add(same);
  }
  return told;
}

/** Physical happenings that are events even when the text names no actor, or only the victims. */
const HAPPENINGS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

/**
 * "a video released on Monday": a participle after a common noun describes it; it is no event.
 * After an actor ("the parliament threatened on Monday") the verb is the actor's own act, and so it
 * is after a bare noun that ends a prepositional phrase ("forces located in Terter region fired").
 */
function isReducedRelative(tokens: readonly Token[], at: number, index: SlotIndex): boolean {
  const t = tokens[at];
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if ((index.at[at - 1] ?? -1) >= 0) return false;
  if (!t || !prev || t.pos !== 'VERB' || !/ed$/.test(t.lower) || prev.pos !== 'NOUN' || !(next?.pos === 'ADP' || next?.pos === 'PUNCT')) return false;
  let k = at - 1;
  while (k > 0 && NOMINAL.has(tokens[k]?.pos ?? '')) k--;
  return tokens[k]?.pos !== 'ADP';
}

/** Parts of speech inside a bare noun phrase ("Terter region", "eastern Idlib countryside"). */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Source and target; for "X said Y must withdraw", the speaker demands of the subject. */
function rolesOf(index: SlotIndex, tokens: readonly Token[], sentence: Sentence, trigger: Trigger): Roles | null {
  const roles = findRoles(index, tokens, sentence, trigger, trigger.last + 1);
  if (!trigger.rule.speakerActs) return roles;
  const speaker = findSpeaker(index, tokens, sentence, trigger);
  if (!speaker || roles.source.length === 0) return null;
  return { source: speaker, target: roles.source.filter((a) => !speaker.includes(a)), how: `the speaker demands it of the subject ("${trigger.rule.pattern}")` };
}

/**
 * "a bomb attack on a busy street killed six people": the subject of a violent verb is a violent
 * act, or the unnamed subject of an earlier verb ("a mob attacked police and injured three
 * officers"), so the victims are known and who did it is not.
 */
function isDoneByDeed(tokens: readonly Token[], sentence: Sentence, triggers: readonly Trigger[], trigger: Trigger): boolean {
  if (!HAPPENINGS.has(trigger.rule.type) || tokens[trigger.first]?.pos !== 'VERB') return false;
  const earlier = coordinatedVerb(tokens, sentence, trigger.first);
  // "a mob attacked police and injured three officers": the doer of the first verb is unnamed, its victims are not
  if (earlier >= 0) return true;
  const verb = trigger.first;
  const deed = triggers.find((t) => t.last < verb && verb - t.last <= DEED_REACH && HAPPENINGS.has(t.rule.type) && tokens[t.head]?.pos === 'NOUN');
  if (!deed) return false;
  for (let k = deed.last + 1; k < verb; k++) {
    const t = tokens[k];
    // the act noun is the subject only when no clause lies between ("the attack, which..., and police said")
    if (!t || t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'VERB' && !/ed$/.test(t.lower))) return false;
  }
  return true;
}

/** How far before its verb an act noun may stand and still be its subject ("a bombing near the town of Samarra on Sunday killed"). */
const DEED_REACH = 12;

/** "efforts to fight", "an operation to arrest him": an infinitive right after a common noun. */
function completesNoun(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'to' && tokens[at - 2]?.pos === 'NOUN';
}

function sorted(ids: readonly ActorId[]): string {
  return [...ids].sort().join(',');
}

/** Whether an offset lies inside a resolved date expression. */
function isInDate(dates: readonly TextSpan[], at: number): boolean {
  return dates.some((d) => d.start <= at && at < d.end);
}
