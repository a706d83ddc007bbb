import type { EntryId } from '../../domain/index.js';
import type { KnowledgeBase } from '../../dictionaries/index.js';
import type { Piece } from './find-pieces.js';

/** The sectors a leader's name can come before: the bodies a head of state or of an armed group commands. */
const LED_SECTORS: ReadonlySet<string> = new Set(['GOV', 'FOR', 'DEF', 'INTR', 'MIL', 'POL', 'INT', 'REB']);
/** "Assad's forces", "Assads forces" (apostrophe stripped), "the Erdogan government". */
const POSSESSIVE_GAP = /^(?:['’]?s)?\s+$/;
/** A capitalised word (possibly possessive) ending the text before a sector word: "the Bush administration". */
const WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)(?:['’]s)?\s+$/u;

/** A leader's name before a sector word: where it starts, the person, and its piece (null for a bare surname). */
export interface Leader {
  readonly start: number;
  readonly person: EntryId;
  readonly index: number | null;
}

/**
 * The person named right before the sector word of piece `i`, whose body the phrase names:
 * "Assad's forces", "the Erdogan government", and a bare surname that only one known head of state
 * or government bears ("the Bush administration"). Null when the word is no such body or no person
 * comes before it.
 */
export function findLeader(kb: KnowledgeBase, text: string, pieces: readonly Piece[], i: number): Leader | null {
  const p = pieces[i];
  if (!p || p.type !== 'sector' || !LED_SECTORS.has(p.code)) return null;
  const prev = pieces[i - 1];
  if (prev?.type === 'name' && POSSESSIVE_GAP.test(text.slice(prev.end, p.start))) {
    if (!prev.hits.every((h) => kb.entries.get(h.entry)?.kind === 'person')) return null;
    const person = prev.hits[0]?.entry;
    return person ? { start: prev.start, person, index: i - 1 } : null;
  }
  const from = Math.max(prev?.end ?? 0, p.start - 40);
  const m = WORD_BEFORE.exec(text.slice(from, p.start));
  const surname = m?.[1];
  if (!m || !surname) return null;
  const person = headsBySurname(kb).get(surname.toLowerCase());
  return person ? { start: from + m.index + m[0].indexOf(surname), person, index: null } : null;
}

const cache = new WeakMap<KnowledgeBase, ReadonlyMap<string, EntryId>>();

/** The last word of the name of every person who has led a state's government, when only one such person bears it. */
function headsBySurname(kb: KnowledgeBase): ReadonlyMap<string, EntryId> {
  const cached = cache.get(kb);
  if (cached) return cached;
  const found = new Map<string, EntryId | null>();
  for (const [person, roles] of kb.rolesByPerson) {
    const leads = roles.some((r) => kb.countries.has(r.of) && kb.titles.get(r.title)?.sector === 'GOV' && kb.titles.get(r.title)?.unique === true);
    const surname = kb.entries.get(person)?.name.split(' ').pop()?.toLowerCase();
    if (!leads || !surname) continue;
    found.set(surname, found.has(surname) && found.get(surname) !== person ? null : person);
  }
  const unique = new Map<string, EntryId>();
  for (const [surname, person] of found) if (person) unique.set(surname, person);
  cache.set(kb, unique);
  return unique;
}
