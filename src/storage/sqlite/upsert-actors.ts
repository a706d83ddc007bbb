import type { ActorRecord, ExtractionDocument } from '../../domain/index.js';
import { foldName } from '../fold-name.js';
import { mergeActorRecord, toActorRecord } from '../merge-actor-record.js';
import { createKeyResolver } from '../to-stored-event.js';
import { toActorFromRow, type ActorRow } from './read-actors.js';
import type { SqliteContext } from './sqlite-context.js';

/** Adds a document's actors to the store, merging each into the record its key already has (and extending event lineage for new memberOf links). */
export function upsertActors(ctx: SqliteContext, doc: ExtractionDocument): void {
  const keyOf = createKeyResolver(doc);
  for (const actor of doc.actors) {
    const seen = toActorRecord(actor, actor.memberOf === null ? null : keyOf(actor.memberOf));
    const row = ctx.get<ActorRow>('SELECT * FROM actors WHERE key = ?', [seen.key]);
    const existing = row ? toActorFromRow(row) : null;
    const merged = existing ? mergeActorRecord(existing, seen) : seen;
    // most mentions add nothing to an actor already stored: no write at all (the bulk of ingest's saves)
    if (existing && isSameRecord(existing, merged)) continue;
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
      if (ctx.run('INSERT OR IGNORE INTO actor_members (member, parent) VALUES (?, ?)', [merged.key, parent]).changes > 0) backfillLineage(ctx, merged.key, parent);
    }
  }
}

/** Whether merging changed nothing that the actors table stores. */
function isSameRecord(a: ActorRecord, b: ActorRecord): boolean {
  return a.kind === b.kind && a.country === b.country && a.guessed === b.guessed
    && JSON.stringify(a.aliases) === JSON.stringify(b.aliases) && JSON.stringify(a.memberOf) === JSON.stringify(b.memberOf)
    && JSON.stringify(a.roles) === JSON.stringify(b.roles);
}

/**
 * A newly learned "member belongs to parent": events already stored for the member (and its own
 * members) now also count for the parent and everything above it.
 */
function backfillLineage(ctx: SqliteContext, member: string, parent: string): void {
  ctx.run(
    `WITH RECURSIVE up(key) AS (SELECT ? UNION SELECT m.parent FROM actor_members m JOIN up ON m.member = up.key)
     INSERT INTO event_lineage (actor_key, day, event, sides, day_last, type, quad_class, precision, month, goldstein, incident)
     SELECT up.key, l.day, l.event, l.sides, l.day_last, l.type, l.quad_class, l.precision, l.month, l.goldstein, l.incident
     FROM event_lineage l, up WHERE l.actor_key = ?
     ON CONFLICT (actor_key, day, event) DO UPDATE SET sides = sides | excluded.sides`,
    [parent, member]);
}
