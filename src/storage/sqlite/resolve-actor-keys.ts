import { foldName } from '../fold-name.js';
import type { StoreLineage } from './create-lineage.js';
import type { SqliteContext } from './sqlite-context.js';

/**
 * The keys of the actors a name, alias or key denotes, leaving out those that belong to another
 * of them (their events are found through it): "Turkey" -> [TUR].
 */
export function resolveActorKeys(ctx: SqliteContext, nameOrKey: string, lineage: StoreLineage): string[] {
  const keys = ctx.all<{ key: string }>('SELECT key FROM actor_names WHERE name = ? ORDER BY key', [foldName(nameOrKey)]).map((r) => r.key);
  return keys.filter((k) => ![...lineage.ancestors(k)].some((a) => a !== k && keys.includes(a)));
}
