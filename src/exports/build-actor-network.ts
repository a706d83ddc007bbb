import type { ActorKey, QuadClass } from '../domain/index.js';
import { toActorRef, type ActorLookup, type ActorRef } from './actor-lookup.js';
import type { EventSource } from './event-source.js';
import { resolveGoldstein } from './goldstein.js';

/** A directed source -> target pair and what the events between them add up to. */
export interface ActorEdge {
  readonly source: ActorKey;
  readonly target: ActorKey;
  /** Events that have this pair among their source x target pairs. */
  readonly events: number;
  /** Events in a cooperative quad class (verbal or material cooperation). */
  readonly cooperation: number;
  /** Events in a conflictual quad class (verbal or material conflict). */
  readonly conflict: number;
  readonly goldsteinSum: number;
  /** Events that have a Goldstein score, the divisor of the mean. */
  readonly goldsteinCount: number;
}

/** The actor network of a set of events: actors by key, and one edge per directed pair, in first-seen order. */
export interface ActorNetwork {
  readonly nodes: ReadonlyMap<ActorKey, ActorRef>;
  readonly edges: ReadonlyMap<string, ActorEdge>;
}

type MutableEdge = { -readonly [K in keyof ActorEdge]: ActorEdge[K] };

const COOPERATIVE: ReadonlySet<QuadClass> = new Set<QuadClass>(['verbal-cooperation', 'material-cooperation']);

/**
 * Aggregates events into an actor network, projecting each event to every source x target pair
 * (a 2 x 3 event adds 6 edges); an actor paired with itself adds no edge. Memory is O(actors + pairs).
 */
export async function buildActorNetwork(events: EventSource, actors: ActorLookup): Promise<ActorNetwork> {
  const nodes = new Map<ActorKey, ActorRef>();
  const edges = new Map<string, MutableEdge>();
  const node = (key: ActorKey): void => { if (!nodes.has(key)) nodes.set(key, toActorRef(key, actors)); };
  for await (const event of events) {
    const sources = [...new Set(event.source)];
    const targets = [...new Set(event.target)];
    sources.forEach(node);
    targets.forEach(node);
    const goldstein = resolveGoldstein(event);
    const cooperative = COOPERATIVE.has(event.quadClass);
    for (const source of sources) {
      for (const target of targets) {
        if (source === target) continue;
        const id = JSON.stringify([source, target]);
        let edge = edges.get(id);
        if (!edge) {
          edge = { source, target, events: 0, cooperation: 0, conflict: 0, goldsteinSum: 0, goldsteinCount: 0 };
          edges.set(id, edge);
        }
        edge.events += 1;
        if (cooperative) edge.cooperation += 1; else edge.conflict += 1;
        if (goldstein !== null) { edge.goldsteinSum += goldstein; edge.goldsteinCount += 1; }
      }
    }
  }
  return { nodes, edges };
}

/** The mean Goldstein score of an edge's events, or null when none has one. */
export function meanGoldstein(edge: ActorEdge): number | null {
  return edge.goldsteinCount === 0 ? null : Math.round((edge.goldsteinSum / edge.goldsteinCount) * 1000) / 1000;
}
