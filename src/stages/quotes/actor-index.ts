import type { Actor, ActorKind, Span } from '../../domain/index.js';

/** Finds actors by where they are mentioned: the one named in a span, or the latest one of a kind before a point. */
export interface ActorIndex {
  /** The actor whose mention overlaps the span, preferring the one that ends last (the head of "Defense Minister Hulusi Akar"). */
  overlapping(span: Span): Actor | null;
  /** The actor of one of the kinds mentioned last before `offset`, outside quotations. */
  recentBefore(offset: number, kinds: readonly ActorKind[]): Actor | null;
}

interface Entry extends Span {
  readonly actor: Actor;
  readonly quoted: boolean;
}

// how many earlier mentions a search for a kind other than person may look back over
const LOOK_BACK = 64;

/** Indexes actor mentions for speaker lookups; `isQuoted` tells whether an offset lies inside a quotation. */
export function createActorIndex(actors: readonly Actor[], isQuoted: (offset: number) => boolean): ActorIndex {
  const entries: Entry[] = actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor, quoted: isQuoted(m.start) })));
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  const byEnd = [...entries].sort((a, b) => a.end - b.end);
  // lastPerson[i]: the latest unquoted person mention among byEnd[0..i]
  const lastPerson: (Entry | null)[] = [];
  let person: Entry | null = null;
  for (const e of byEnd) {
    if (e.actor.kind === 'person' && !e.quoted) person = e;
    lastPerson.push(person);
  }
  return {
    overlapping(span) {
      let best: Entry | null = null;
      const from = lastIndex(byStart, (e) => e.start < span.end);
      for (let i = from; i >= 0 && i > from - 16; i--) {
        const e = byStart[i];
        if (e && e.end > span.start && (!best || e.end > best.end)) best = e;
      }
      return best?.actor ?? null;
    },
    recentBefore(offset, kinds) {
      const from = lastIndex(byEnd, (e) => e.end <= offset);
      if (kinds.length === 1 && kinds[0] === 'person') return lastPerson[from]?.actor ?? null;
      for (let i = from; i >= 0 && i > from - LOOK_BACK; i--) {
        const e = byEnd[i];
        if (e && !e.quoted && kinds.includes(e.actor.kind)) return e.actor;
      }
      return null;
    },
  };
}

// the last index whose entry passes a test that holds for a prefix of the array, or -1
function lastIndex(sorted: readonly Entry[], holds: (e: Entry) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = sorted[mid];
    if (e && holds(e)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
