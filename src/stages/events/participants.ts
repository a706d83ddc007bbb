import type { ActorId, Analysis, Mention, Token } from '../../domain/index.js';

/** An actor mention that can take part in an event, with its token range. */
export interface Slot {
  readonly actor: ActorId;
  readonly mention: Mention;
  readonly first: number;
  readonly last: number;
}

/** Actor mentions by token, for finding who stands next to a trigger. */
export interface SlotIndex {
  readonly slots: readonly Slot[];
  /** The slot covering each token, or -1. */
  readonly at: Int32Array;
}

/**
 * Indexes the mentions that resolved to actors, leaving out modifiers that are not participants
 * ("Russia-mediated talks", "pro-Russian separatists" name Russia, but Russia is not acting).
 */
export function indexSlots(analysis: Analysis): SlotIndex {
  const tokens = analysis.tokens ?? [];
  const text = analysis.article.text;
  const actorOf = new Map<string, ActorId>();
  for (const a of analysis.actors ?? []) for (const id of a.mentionIds) actorOf.set(id, a.id);
  const slots: Slot[] = [];
  const at = new Int32Array(tokens.length).fill(-1);
  for (const m of analysis.mentions ?? []) {
    const actor = actorOf.get(m.id);
    if (!actor) continue;
    if (text.charCodeAt(m.end) === HYPHEN && /^-\p{L}+(ed|ing)\b/u.test(text.slice(m.end, m.end + 14))) continue; // "Russia-mediated", "Saudi-led"
    const slot: Slot = { actor, mention: m, first: m.tokenStart, last: m.tokenEnd - 1 };
    at.fill(slots.length, m.tokenStart, m.tokenEnd);
    slots.push(slot);
  }
  return { slots, at };
}

const HYPHEN = 0x2d;
const COORD = new Set([',', 'and', '&', 'as', 'well', 'both']);

/** The coordinated group a slot belongs to ("the US, Britain and France"), in text order. */
export function groupOf(index: SlotIndex, tokens: readonly Token[], slotIndex: number): Slot[] {
  const group: number[] = [slotIndex];
  const link = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (!COORD.has(tokens[k]?.lower ?? '')) return false;
    return to > from;
  };
  for (let s = slotIndex; s > 0; s--) {
    const prev = index.slots[s - 1];
    const cur = index.slots[s];
    if (!prev || !cur || !link(prev.last + 1, cur.first) || tokens[prev.last]?.sentence !== tokens[cur.first]?.sentence) break;
    group.unshift(s - 1);
  }
  for (let s = slotIndex; s < index.slots.length - 1; s++) {
    const next = index.slots[s + 1];
    const cur = index.slots[s];
    if (!next || !cur || !link(cur.last + 1, next.first) || tokens[next.first]?.sentence !== tokens[cur.first]?.sentence) break;
    group.push(s + 1);
  }
  const slots = group.map((g) => index.slots[g]).filter((s): s is Slot => s !== undefined);
  // commas alone do not coordinate ("civilians, Afghan officials said"): a list needs an "and"
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || !last || slots.length < 2) return slots;
  for (let k = first.last + 1; k < last.first; k++) if (tokens[k]?.lower === 'and' || tokens[k]?.text === '&') return slots;
  return index.slots[slotIndex] ? [index.slots[slotIndex]] : [];
}
