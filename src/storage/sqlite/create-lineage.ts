import type { ActorKey } from '../../domain/index.js';
import type { Lineage } from '../is-incident-match.js';
import type { SqliteContext } from './sqlite-context.js';

/** Lineages (ancestors) and roots of actors as the store's memberOf edges give them. */
export interface StoreLineage {
  readonly ancestors: Lineage;
  /** The top-most actors a key belongs to ("HULUSI_AKAR" -> TUR); a key without parents is its own root. */
  roots(key: ActorKey): readonly ActorKey[];
}

/**
 * Lineages over the memberOf edges `parentsOf` gives (a key's parents, in key order), memoised:
 * keep one only while the edges stay the same.
 */
export function createLineage(parentsOf: (key: ActorKey) => readonly ActorKey[]): StoreLineage {
  const cache = new Map<ActorKey, ReadonlySet<ActorKey>>();
  const ancestors = (key: ActorKey): ReadonlySet<ActorKey> => {
    let set = cache.get(key);
    if (!set) {
      // Every actor one or more links up, breadth first; a Set visits what is added while iterating.
      const found = new Set<ActorKey>(parentsOf(key));
      for (const k of found) for (const p of parentsOf(k)) found.add(p);
      cache.set(key, set = found);
    }
    return set;
  };
  const roots = (key: ActorKey): readonly ActorKey[] => {
    const found = [...ancestors(key)].filter((k) => k !== key && parentsOf(k).length === 0);
    // No ancestors: the key is a root. Only ancestors in a memberOf cycle: take the least one.
    if (found.length > 0) return found;
    return ancestors(key).size === 0 ? [key] : [[...ancestors(key)].sort()[0] ?? key];
  };
  return { ancestors, roots };
}

/** Lineages read from `actor_members` on demand, for one query (saves keep theirs in the write cache). */
export function readLineage(ctx: SqliteContext): StoreLineage {
  return createLineage((key) => ctx.all<{ parent: string }>('SELECT parent FROM actor_members WHERE member = ? ORDER BY parent', [key]).map((r) => r.parent));
}
