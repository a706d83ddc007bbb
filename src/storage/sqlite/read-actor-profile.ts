import type { ActorKey, PloverType } from '../../domain/index.js';
import type { ActorProfile, Counterpart } from '../actor-profile.js';
import { readActors } from './read-actors.js';
import type { SqliteContext } from './sqlite-context.js';

/** How many partners and adversaries a profile lists. */
export const PROFILE_COUNTERPARTS = 10;
/**
 * Counterparts are counted over at most this many of the actor's most recent events: each needs a
 * lookup of the other side, and a state with 300 000 events would take seconds.
 */
export const PROFILE_COUNTERPART_EVENTS = 20_000;

const MEMBERS = `WITH RECURSIVE fam(key) AS (SELECT ? UNION SELECT m.member FROM actor_members m JOIN fam f ON m.parent = f.key)`;

/** An actor's profile: events per month and type, and counterparts in cooperative and conflictual events (members included). */
export function readActorProfile(ctx: SqliteContext, key: ActorKey): ActorProfile | null {
  const [actor] = readActors(ctx, [key]);
  if (!actor) return null;
  const members = ctx.all<{ key: string }>(`${MEMBERS} SELECT key FROM fam ORDER BY key`, [key]).map((r) => r.key);
  const monthly = ctx.all<{ month: string; type: PloverType; events: number }>(
    `SELECT month, type, count(*) AS events FROM event_lineage WHERE actor_key = ? AND month IS NOT NULL
     GROUP BY month, type ORDER BY month, type`, [key]);
  // The other side of each event: targets of the family's actions and sources of actions on it.
  const counterparts = ctx.all<{ key: string; name: string | null; cooperative: number; events: number }>(
    `${MEMBERS}, recent AS (SELECT event, sides, quad_class FROM event_lineage WHERE actor_key = ? ORDER BY day DESC, event DESC LIMIT ?)
     SELECT ea.actor_key AS key, a.name AS name, l.quad_class LIKE '%-cooperation' AS cooperative, count(DISTINCT l.event) AS events
     FROM recent l JOIN event_actors ea ON ea.event = l.event
       AND ((l.sides & 1 != 0 AND ea.side = 'target') OR (l.sides & 2 != 0 AND ea.side = 'source'))
     LEFT JOIN actors a ON a.key = ea.actor_key
     WHERE ea.actor_key NOT IN (SELECT key FROM fam)
     GROUP BY ea.actor_key, cooperative ORDER BY events DESC, ea.actor_key`, [key, key, PROFILE_COUNTERPART_EVENTS]);
  const pick = (cooperative: number): Counterpart[] => counterparts.filter((c) => c.cooperative === cooperative)
    .slice(0, PROFILE_COUNTERPARTS).map((c) => ({ key: c.key, name: c.name ?? c.key, events: c.events }));
  return { actor, members, monthly, partners: pick(1), adversaries: pick(0) };
}
