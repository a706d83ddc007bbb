import type { ActorKey, ActorRecord, EventRecord } from '../../domain/index.js';
import type { EventStore } from '../../storage/event-store.js';

/**
 * Stored actors by key, looked up once each on demand: a page of events or an export of a million
 * touches far fewer actors than events, and only those are read.
 */
export interface ActorCache {
  /** Reads the given keys not read yet, and the bodies they belong to (a minister's ministry and state). */
  load(keys: Iterable<ActorKey>): Promise<void>;
  /** Whether a key was looked up already (found or not). */
  has(key: ActorKey): boolean;
  /** A loaded actor, or undefined (also usable as the exports' ActorLookup). */
  get(key: ActorKey): ActorRecord | undefined;
  /** A loaded actor's name; else the key, without the `~` of a guessed actor. */
  nameOf(key: ActorKey): string;
}

/** An empty cache over a store. */
export function createActorCache(store: Pick<EventStore, 'findActors'>): ActorCache {
  const actors = new Map<ActorKey, ActorRecord>();
  const tried = new Set<ActorKey>();
  const load = async (keys: Iterable<ActorKey>): Promise<void> => {
    const queue = [...keys];
    for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
      if (tried.has(key)) continue;
      tried.add(key);
      // findActors matches names and aliases too ("TUR" might also be someone's alias): keep the key's own record.
      const actor = (await store.findActors(key)).find((a) => a.key === key);
      if (!actor) continue;
      actors.set(key, actor);
      queue.push(...actor.memberOf);
    }
  };
  const has = (key: ActorKey): boolean => tried.has(key);
  const get = (key: ActorKey): ActorRecord | undefined => actors.get(key);
  const nameOf = (key: ActorKey): string => actors.get(key)?.name ?? (key.startsWith('~') ? key.slice(1) : key);
  return { load, has, get, nameOf };
}

/** The actor keys an event names: sources, targets and claimants. */
export function toEventActorKeys(event: EventRecord): ActorKey[] {
  return [...event.source, ...event.target, ...event.attributedTo];
}

/** Passes events on once the cache holds their actors, so that a synchronous lookup finds them. */
export async function* withActorsLoaded(events: AsyncIterable<EventRecord>, cache: ActorCache): AsyncGenerator<EventRecord> {
  for await (const event of events) {
    const keys = toEventActorKeys(event);
    // Most events name actors seen before: only await the store for new ones.
    if (!keys.every(cache.has)) await cache.load(keys);
    yield event;
  }
}
