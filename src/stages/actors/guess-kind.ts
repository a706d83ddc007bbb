import type { ActorKind } from '../../domain/index.js';

const ORG_WORDS: readonly [RegExp, ActorKind][] = [
  [/\b(Army|Brigades?|Battalions?|Front|Forces|Militia|Mujahideen|Jihad|Resistance|Liberation|Guards?|Legion)\b/, 'armed_group'],
  [/\b(Party|Movement|Alliance|Coalition)\b/, 'party'],
  [/\b(Ministry|Government|Council|Parliament|Assembly|Authority|Administration|Commission|Office|Department|Court|Police)\b/, 'government'],
  [/\b(News|Times|Post|Agency|Journal|Tribune|Herald|Gazette|TV|Television|Radio|Press|Media|Daily)\b/, 'media'],
  [/\b(Inc|Corp|Company|Group|Bank|Airlines?|Petroleum|Oil)\b/, 'company'],
  [/\b(Organi[sz]ation|Committee|Foundation|Institute|Union|Association|Society|Observatory|Network|Center|Centre|Watch)\b/, 'ngo'],
];

/** Guesses the kind of an actor the knowledge base does not know, from the words of its name. */
export function guessKind(name: string): ActorKind {
  for (const [pattern, kind] of ORG_WORDS) if (pattern.test(name)) return kind;
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && words.length <= 4 ? 'person' : 'unknown';
}
