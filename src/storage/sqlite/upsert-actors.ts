import type { ActorRecord } from '../../domain/index.js';
import { foldName } from '../fold-name.js';
import { mergeActorRecord } from '../merge-actor-record.js';
import { toActorFromRow, type ActorRow } from './read-actors.js';
import type { SqliteContext } from './sqlite-context.js';
import type { WriteCache } from './write-cache.js';

/** Adds an article's actors to the store, merging each into the record its key already has (and extending event lineage for new memberOf links). */
export function upsertActors(ctx: SqliteContext, cache: WriteCache, actors: readonly ActorRecord[]): void {
  for (const seen of actors) {
    const existing = readActor(ctx, cache, seen.key);
    const merged = existing ? mergeActorRecord(existing, seen) : seen;
    // most mentions add nothing to an actor already stored: no write at all (the bulk of ingest's saves)
    if (existing && isSameRecord(existing, merged)) continue;
    cache.actors.set(merged.key, merged);
    ctx.run(
      `INSERT INTO actors (key, name, kind, country, guessed, aliases, member_of, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, country = excluded.country, guessed = excluded.guessed,
         aliases = excluded.aliases, member_of = excluded.member_of, roles = excluded.roles`,
      [merged.key, merged.name, merged.kind, merged.country, merged.guessed ? 1 : 0, JSON.stringify(merged.aliases), JSON.stringify(merged.memberOf), JSON.stringify(merged.roles)],
    );
    const known = new Set(existing ? [existing.key, existing.name, ...existing.aliases].map(foldName) : []);
    for (const name of new Set([merged.key, merged.name, ...merged.aliases].map(foldName))) {
      if (!known.has(name)) ctx.run('INSERT OR IGNORE INTO actor_names (name, key) VALUES (?, ?)', [name, merged.key]);
    }
    for (const parent of merged.memberOf) {
      if (existing?.memberOf.includes(parent)) continue;
      if (ctx.run('INSERT OR IGNORE INTO actor_members (member, parent) VALUES (?, ?)', [merged.key, parent]).changes === 0) continue;
      cache.addMember(merged.key, parent);
      backfillLineage(ctx, merged.key, parent);
    }
  }
}

/** The stored record of an actor, from the cache when it has it. */
function readActor(ctx: SqliteContext, cache: WriteCache, key: string): ActorRecord | null {
  const cached = cache.actors.get(key);
  if (cached) return cached;
  const row = ctx.get<ActorRow>('SELECT * FROM actors WHERE key = ?', [key]);
  if (!row) return null;
  const stored = toActorFromRow(row);
  cache.actors.set(key, stored);
  return stored;
}

/** Whether merging changed nothing that the actors table stores (lists merge by appending, so their items are compared in place). */
function isSameRecord(a: ActorRecord, b: ActorRecord): boolean {
  return a.kind === b.kind && a.country === b.country && a.guessed === b.guessed
    && isSameList(a.aliases, b.aliases) && isSameList(a.memberOf, b.memberOf) && isSameList(a.roles, b.roles);
}

function isSameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A newly learned "member belongs to parent": events already stored for the member (and its own
 * members) now also count for the parent and everything above it.
 */
function backfillLineage(ctx: SqliteContext, member: string, parent: string): void {
  // most new links are of actors seen for the first time, with no events yet
  if (ctx.get('SELECT 1 FROM event_lineage WHERE actor_key = ? LIMIT 1', [member]) === undefined) return;
  ctx.run(
    `WITH RECURSIVE up(key) AS (SELECT ? UNION SELECT m.parent FROM actor_members m JOIN up ON m.member = up.key)
     INSERT INTO event_lineage (actor_key, day, event, sides, day_last, type, quad_class, precision, month, goldstein, incident)
     SELECT up.key, l.day, l.event, l.sides, l.day_last, l.type, l.quad_class, l.precision, l.month, l.goldstein, l.incident
     FROM event_lineage l, up WHERE l.actor_key = ?
     ON CONFLICT (actor_key, day, event) DO UPDATE SET sides = sides | excluded.sides`,
    [parent, member]);
}
