import type { Place } from '../../domain/index.js';

/** Maps the start offset of every place mention to its place, for stages that read places by position. */
export function placeMentionIndex(places: readonly Place[]): Map<number, Place> {
  const index = new Map<number, Place>();
  for (const place of places) for (const m of place.mentions) index.set(m.start, place);
  return index;
}
