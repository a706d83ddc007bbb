import type { KnowledgeBase, NameHit } from '../../dictionaries/index.js';
import type { Piece } from './find-pieces.js';

/** A capitalised word ending in "s" and followed by another word: "Syrias army", "Assads forces". */
const WORD_WITH_S = /\b(\p{Lu}[\p{L}-]+)s(?=\s+\p{L})/gu;
/** How a name must be known for its apostrophe-less possessive to count: never a demonym ("Israelis" are people). */
const OWNER_HOWS: ReadonlySet<NameHit['how']> = new Set(['name', 'alias', 'former', 'capital', 'seat']);

/**
 * Name pieces for possessives written without their apostrophe, as some feeds strip it: "Syrias
 * army" is Syria's army, "Assads forces" Assad's. A capitalised word that no dictionary matches and
 * that is a known name plus "s" becomes a piece for the name alone, so that it composes with the
 * word after it as "Syria's" would. `pieces` is sorted; the result is too.
 */
export function findStrippedPossessives(kb: KnowledgeBase, text: string, pieces: readonly Piece[]): Piece[] {
  const found: Piece[] = [];
  let p = 0;
  for (const m of text.matchAll(WORD_WITH_S)) {
    const start = m.index ?? 0;
    const stem = m[1] ?? '';
    const end = start + stem.length;
    while (p < pieces.length && (pieces[p]?.end ?? 0) <= start) p++;
    const next = pieces[p];
    if (next && next.start < end + 1) continue; // a dictionary match covers the word ("United States", "Hamas")
    const match = kb.names.match(stem)[0];
    const hits = match && match.start === 0 && match.end === stem.length ? match.values.filter((h) => OWNER_HOWS.has(h.how)) : [];
    if (hits.length > 0) found.push({ type: 'name', start, end, hits });
  }
  return found;
}
