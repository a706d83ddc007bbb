import type { ActorKind } from '../../domain/index.js';

const PERSON: readonly ActorKind[] = ['person'];
const BODY: readonly ActorKind[] = ['ministry', 'government', 'igo', 'ngo', 'intelligence'];
const GROUP: readonly ActorKind[] = ['armed_group', 'group', 'movement', 'ngo', 'party', 'opposition'];

/**
 * The head nouns of a speaker phrase that stand for an actor named earlier ("the ministry said"),
 * with the actor kinds they may refer to. Edit here to teach sitrep a new way of naming a speaker.
 */
export const SPEAKER_NOUN_KINDS: ReadonlyMap<string, readonly ActorKind[]> = new Map([
  ...['official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'leader', 'chief',
    'commander', 'governor', 'senator', 'candidate', 'nominee', 'diplomat', 'envoy', 'ambassador', 'premier',
    'chancellor', 'secretary', 'general', 'mayor', 'prosecutor', 'businessman', 'businesswoman', 'congressman',
    'congresswoman', 'lawmaker', 'politician', 'man', 'woman'].map((n) => [n, PERSON] as const),
  ['ministry', ['ministry', 'government']],
  ['department', ['ministry', 'government']],
  ['government', ['government', 'state']],
  ['administration', ['government', 'state']],
  ['cabinet', ['government']],
  ['army', ['military']],
  ['military', ['military']],
  ['police', ['police']],
  ['parliament', ['legislature']],
  ['court', ['judiciary']],
  ['party', ['party']],
  ['campaign', ['party', 'group', 'movement']],
  ['company', ['company']],
  ['newspaper', ['media']],
  ['daily', ['media']],
  ['paper', ['media']],
  ['network', ['media']],
  ['firm', ['company']],
  ['agency', BODY],
  ['organisation', BODY],
  ['organization', BODY],
  ['alliance', ['igo']],
  ['bloc', ['igo']],
  ['group', GROUP],
  ['movement', GROUP],
  ['militia', ['armed_group']],
]);

/** Pronouns that stand for the most recent person named before the quote. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
