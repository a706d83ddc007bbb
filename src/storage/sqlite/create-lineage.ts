import type { ActorKey } from '../../domain/index.js';
import type { Lineage } from '../is-incident-match.js';
import type { SqliteContext } from './sqlite-context.js';

/** Lineages (ancestors) and roots of actors as the store's memberOf edges give them, cached for one save. */
export interface StoreLineage {
  readonly ancestors: Lineage;
  /** The top-most actors a key belongs to ("HULUSI_AKAR" -> TUR); a key without parents is its own root. */
  roots(key: ActorKey): readonly ActorKey[];
}

/** Reads memberOf chains on demand; create one per transaction, since saves add edges. */
export function createLineage(ctx: SqliteContext): StoreLineage {
  const cache = new Map<ActorKey, ReadonlySet<ActorKey>>();
  const parents = (key: ActorKey): string[] => ctx.all<{ parent: string }>('SELECT parent FROM actor_members WHERE member = ?', [key]).map((r) => r.parent);
  const ancestors = (key: ActorKey): ReadonlySet<ActorKey> => {
    let set = cache.get(key);
    if (!set) {
      set = new Set(ctx.all<{ key: string }>(
        `WITH RECURSIVE up(key) AS (SELECT parent FROM actor_members WHERE member = ?
           UNION SELECT m.parent FROM actor_members m JOIN up ON m.member = up.key) SELECT key FROM up`,
        [key],
      ).map((r) => r.key));
      cache.set(key, set);
    }
    return set;
  };
  const roots = (key: ActorKey): readonly ActorKey[] => {
    const found = [...ancestors(key)].filter((k) => k !== key && parents(k).length === 0);
    // No ancestors: the key is a root. Only ancestors in a memberOf cycle: take the least one.
    if (found.length > 0) return found;
    return ancestors(key).size === 0 ? [key] : [[...ancestors(key)].sort()[0] ?? key];
  };
  return { ancestors, roots };
}
