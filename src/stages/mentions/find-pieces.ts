import type { AliasMatch, KnowledgeBase, NameHit } from '../../dictionaries/index.js';
import { matchEach } from '../../dictionaries/index.js';

/** A dictionary match of one of three kinds, before composition into mentions. */
export type Piece =
  | { readonly type: 'name'; readonly start: number; readonly end: number; readonly hits: readonly NameHit[] }
  | { readonly type: 'sector'; readonly start: number; readonly end: number; readonly code: string }
  | { readonly type: 'title'; readonly start: number; readonly end: number; readonly key: string };

/**
 * Runs the three dictionary matchers (names, sector words, title words) over the text in one pass and keeps
 * the leftmost-longest of overlapping matches: "State Department" (a seat) beats "state" (a sector word).
 */
export function findPieces(kb: KnowledgeBase, text: string): Piece[] {
  const [names, sectors, titles] = matchEach([kb.names, kb.sectorWords, kb.titleWords] as const, text);
  const all: Piece[] = [
    ...names.map((m: AliasMatch<NameHit>): Piece => ({ type: 'name', start: m.start, end: m.end, hits: m.values })),
    ...sectors.map((m): Piece => ({ type: 'sector', start: m.start, end: m.end, code: m.values[0] ?? '' })),
    ...titles.map((m): Piece => ({ type: 'title', start: m.start, end: m.end, key: m.values[0] ?? '' })),
  ];
  // longest first at equal starts; names win ties ("Congress" seat over "congress" sector word)
  const rank = { name: 0, title: 1, sector: 2 } as const;
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || rank[a.type] - rank[b.type]);
  const kept: Piece[] = [];
  let reach = -1;
  for (const p of all) {
    if (p.start < reach) continue;
    kept.push(p);
    reach = p.end;
  }
  return kept;
}
