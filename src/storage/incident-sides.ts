import type { ActorKey } from '../domain/index.js';

/** One actor of one report of an incident, on the side that report puts it. */
export interface ReportSide {
  readonly side: 'source' | 'target';
  readonly actor: ActorKey;
}

/**
 * An incident's source and target: every actor of its reports, each on one side only, the side
 * that most of its reports put it on (on a tie, the side it was first seen on). Reports of one
 * meeting often swap who met whom, and one report's two sides ("Akar met Shoigu", "Shoigu hosted
 * Akar") would otherwise put an actor on both. Actors keep the order in which they were first seen.
 */
export function toIncidentSides(sides: Iterable<ReportSide>): { source: ActorKey[]; target: ActorKey[] } {
  const votes = new Map<ActorKey, { source: number; target: number; first: ReportSide['side'] }>();
  for (const { side, actor } of sides) {
    const v = votes.get(actor) ?? { source: 0, target: 0, first: side };
    v[side]++;
    votes.set(actor, v);
  }
  const source: ActorKey[] = [];
  const target: ActorKey[] = [];
  for (const [actor, v] of votes) {
    const side = v.source === v.target ? v.first : v.source > v.target ? 'source' : 'target';
    (side === 'source' ? source : target).push(actor);
  }
  return { source, target };
}
