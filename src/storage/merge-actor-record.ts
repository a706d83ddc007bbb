import type { ActorKey, ActorRecord, DocumentActor, RoleSpell } from '../domain/index.js';
import { toActorKey } from './to-actor-key.js';

/** The store record an article's actor contributes (memberOf resolved to a key by the caller). */
export function toActorRecord(actor: DocumentActor, memberOf: ActorKey | null): ActorRecord {
  return {
    key: toActorKey(actor), name: actor.name, kind: actor.kind, country: actor.country, guessed: actor.guessed || actor.entry === null,
    aliases: actor.aliases.filter((a) => a !== actor.name), memberOf: memberOf === null ? [] : [memberOf], roles: actor.roles ?? [],
  };
}

function union<T>(a: readonly T[], b: readonly T[], keyOf: (x: T) => string = String): readonly T[] {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((x) => !seen.has(keyOf(x)) && seen.add(keyOf(x)))];
}

const roleKey = (r: RoleSpell): string => JSON.stringify([r.title, r.of, r.start, r.end]);

/**
 * Merges what a new article says about an actor into its stored record: the first name, kind and
 * country stay (an unknown kind or country is filled in), aliases, memberOf and roles accumulate.
 */
export function mergeActorRecord(stored: ActorRecord, seen: ActorRecord): ActorRecord {
  return {
    key: stored.key,
    name: stored.name,
    kind: stored.kind === 'unknown' ? seen.kind : stored.kind,
    country: stored.country ?? seen.country,
    guessed: stored.guessed && seen.guessed,
    aliases: union(stored.aliases, seen.name === stored.name ? seen.aliases : [seen.name, ...seen.aliases]).filter((a) => a !== stored.name),
    memberOf: union(stored.memberOf, seen.memberOf).filter((k) => k !== stored.key),
    roles: union(stored.roles, seen.roles, roleKey),
  };
}
