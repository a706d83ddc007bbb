import type { ActorKey, ActorKind, ActorRecord } from '../domain/index.js';

/** Finds the stored actor for a key; exports never fail on a key it does not know. */
export type ActorLookup = (key: ActorKey) => ActorRecord | undefined;

/** An actor as the exports show it: its key and the few fields a reader needs. */
export interface ActorRef {
  readonly key: ActorKey;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
}

/** Resolves a key to an actor reference; an unknown key becomes an `unknown` actor named after the key. */
export function toActorRef(key: ActorKey, actors: ActorLookup): ActorRef {
  const actor = actors(key);
  if (actor) return { key, name: actor.name, kind: actor.kind, country: actor.country };
  // "~textile merchants" -> "textile merchants"
  return { key, name: key.startsWith('~') ? key.slice(1) : key, kind: 'unknown', country: null };
}
