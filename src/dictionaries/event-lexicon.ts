import type { Modality, PloverType } from '../domain/index.js';

/** One element of a trigger pattern: a lemma, optionally restricted to verbs or nouns. */
export interface PatternElement {
  readonly word: string;
  readonly pos: 'V' | 'N' | null;
  /** Whether it must directly follow the previous element (`_` in the data) or may have up to three words between. */
  readonly adjacent: boolean;
}

/** A trigger rule of the event lexicon: a pattern and what it codes. */
export interface EventRule {
  /** `file:line` of the rule, named in every event it produces. */
  readonly id: string;
  readonly pattern: string;
  readonly elements: readonly PatternElement[];
  readonly type: PloverType;
  readonly cameo: string;
  readonly mode: string | null;
  /** Whether it takes an action as complement ("threatened to attack"), which it then absorbs. */
  readonly governs: boolean;
  /**
   * "The ministry said Ankara must withdraw": the reporting speaker is the source and the
   * trigger's subject the target (governs = `speaker`).
   */
  readonly speakerActs: boolean;
  /**
   * "the ministers discussed ways to fight extremist groups": its object is what was talked about,
   * and the acts named in it up to the clause's end are no events (governs = `topic`).
   */
  readonly topic: boolean;
}

/** A cue that changes an event's modality ("not", "plan to", "if"). */
export interface ModalityCue {
  readonly id: string;
  readonly elements: readonly PatternElement[];
  readonly modality: Modality;
}

/** The loaded lexicon, indexed by the first word of each pattern. */
export interface EventLexicon {
  readonly rules: readonly EventRule[];
  readonly rulesByFirst: ReadonlyMap<string, readonly EventRule[]>;
  readonly cues: readonly ModalityCue[];
  readonly cuesByFirst: ReadonlyMap<string, readonly ModalityCue[]>;
  readonly hash: string;
}

/** Parses a pattern (`hold talk`, `call_on`, `attack/V`) into its elements. */
export function parsePattern(pattern: string): PatternElement[] {
  const out: PatternElement[] = [];
  for (const group of pattern.trim().split(/\s+/)) {
    group.split('_').forEach((part, i) => {
      const [word = '', tag] = part.split('/');
      out.push({ word: word.toLowerCase(), pos: tag === 'V' || tag === 'N' ? tag : null, adjacent: i > 0 });
    });
  }
  return out;
}
