import type { ActorKey, ActorKind, ActorRecord } from '../../domain/index.js';
import { foldName } from '../fold-name.js';
import { toPlaceholders, type SqliteContext } from './sqlite-context.js';

/** An `actors` row. */
export interface ActorRow {
  readonly key: string; readonly name: string; readonly kind: string; readonly country: string | null;
  readonly guessed: number; readonly aliases: string; readonly member_of: string; readonly roles: string;
}

/** The actor a row holds (JSON columns written by this store). */
export function toActorFromRow(r: ActorRow): ActorRecord {
  return {
    key: r.key, name: r.name, kind: r.kind as ActorKind, country: r.country, guessed: r.guessed === 1,
    aliases: JSON.parse(r.aliases) as string[], memberOf: JSON.parse(r.member_of) as string[], roles: JSON.parse(r.roles) as ActorRecord['roles'],
  };
}

/** Stored actors by key, in the order of `keys` (unknown keys left out). */
export function readActors(ctx: SqliteContext, keys: readonly ActorKey[]): ActorRecord[] {
  if (keys.length === 0) return [];
  const rows = ctx.all<ActorRow>(`SELECT * FROM actors WHERE key IN (${toPlaceholders(keys.length)})`, keys);
  const byKey = new Map(rows.map((r) => [r.key, toActorFromRow(r)]));
  return keys.flatMap((k) => byKey.get(k) ?? []);
}

/** Actors whose folded key, name or alias equals the folded text. */
export function findActors(ctx: SqliteContext, nameOrAlias: string): ActorRecord[] {
  return ctx.all<ActorRow>(
    'SELECT a.* FROM actors a WHERE a.key IN (SELECT key FROM actor_names WHERE name = ?) ORDER BY a.guessed, a.key',
    [foldName(nameOrAlias)],
  ).map(toActorFromRow);
}

/** Every actor by key, a page at a time. */
export function listActors(ctx: SqliteContext, limit: number, offset: number): ActorRecord[] {
  return ctx.all<ActorRow>('SELECT * FROM actors ORDER BY key LIMIT ? OFFSET ?', [limit, offset]).map(toActorFromRow);
}
