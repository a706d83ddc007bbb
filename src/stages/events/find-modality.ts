import type { ActorId, Modality, PloverType, Sentence, Token } from '../../domain/index.js';
import type { EventLexicon } from '../../dictionaries/index.js';
import { matchPattern, tokenFits } from './match-pattern.js';
import { groupOf, type SlotIndex } from './participants.js';
import { REPORTING } from './find-roles.js';
import type { Trigger } from './find-triggers.js';

/** Whether an event happened according to the text, who says so, and why sitrep thinks so. */
export interface ModalityFinding {
  readonly modality: Modality;
  readonly attributedTo: readonly ActorId[];
  readonly cue: string | null;
}

const CUE_WINDOW = 6;
const MATERIAL: ReadonlySet<PloverType> = new Set(['COOPERATE', 'AID', 'RETREAT', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'CONSULT', 'AGREE']);

/**
 * Decides an event's modality from cues before its trigger in the same clause ("did not meet",
 * "plans to visit", "if talks fail"), a governing threat, and a reporting frame ("the ministry said",
 * "according to X") that makes it a claim attributed to the speaker.
 */
export function findModality(lexicon: EventLexicon, index: SlotIndex, tokens: readonly Token[], sentence: Sentence, trigger: Trigger, source: readonly ActorId[]): ModalityFinding {
  const governing = trigger.rule.governs ? null : trigger.governedBy;
  let modality: Modality = governing?.rule.type === 'THREATEN' || trigger.rule.type === 'THREATEN' ? 'threatened' : 'asserted';
  let cue: string | null = null;
  const from = Math.max(sentence.tokenStart, trigger.first - CUE_WINDOW);
  for (let k = trigger.first - 1; k >= from && modality !== 'threatened'; k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';') break;
    const found = (lexicon.cuesByFirst.get(t.lemma) ?? lexicon.cuesByFirst.get(t.lower) ?? []).find((c) => {
      const first = c.elements[0];
      return first && tokenFits(t, first) && matchPattern(tokens, c.elements, k, trigger.first + 1) !== null;
    });
    if (found) { modality = found.modality; cue = t.text; break; }
  }
  // "if" opening the clause makes it hypothetical wherever the trigger is
  if (modality === 'asserted' && tokens[sentence.tokenStart]?.lower === 'if') { modality = 'hypothetical'; cue = 'if'; }
  const speaker = findSpeaker(index, tokens, sentence, trigger);
  if (!speaker) return { modality, attributedTo: [], cue };
  const selfReport = speaker.every((a) => source.includes(a));
  if (modality === 'asserted' && (MATERIAL.has(trigger.rule.type) || !selfReport)) modality = 'reported';
  return { modality, attributedTo: speaker, cue };
}

/** The actor of a reporting frame in the sentence: "X said", "said X", "according to X". */
export function findSpeaker(index: SlotIndex, tokens: readonly Token[], sentence: Sentence, trigger: Trigger): ActorId[] | null {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k];
    if (!t || !REPORTING.has(t.lemma) || (k >= trigger.first && k <= trigger.last)) continue;
    if (t.lemma === 'accord' && tokens[k + 1]?.lower !== 'to') continue;
    if (t.pos !== 'VERB' && t.lemma !== 'accord') continue;
    const before = speakerBefore(index, tokens, k, sentence.tokenStart);
    const afterAt = t.lemma === 'accord' ? k + 2 : k + 1;
    const afterSlot = index.at[afterAt] ?? (index.at[afterAt + 1] ?? -1);
    const slot = before >= 0 ? before : afterSlot >= 0 ? afterSlot : (index.at[afterAt + 1] ?? -1);
    if (slot >= 0) return groupOf(index, tokens, slot).map((s) => s.actor);
  }
  return null;
}

const SPEAKER_GAP = 8;

/**
 * The actor just before a reporting verb: "Russia said", "Russia has said", "the Red Cross
 * operating in Iraq said" (a modifier between them), never across a comma or another clause.
 */
function speakerBefore(index: SlotIndex, tokens: readonly Token[], verbAt: number, sentenceStart: number): number {
  for (let k = verbAt - 1; k >= Math.max(sentenceStart, verbAt - SPEAKER_GAP); k--) {
    const slot = index.at[k] ?? -1;
    if (slot >= 0) return slot;
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return -1;
    if (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)) return -1;
  }
  return -1;
}
