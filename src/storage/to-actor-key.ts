import type { ActorKey, DocumentActor } from '../domain/index.js';

/**
 * The store-wide key of a document actor: its knowledge-base entry ("TUR.DEF"), or for a guessed
 * actor `~` plus its lower-cased, whitespace-collapsed name ("~textile merchants").
 */
export function toActorKey(actor: Pick<DocumentActor, 'entry' | 'name'>): ActorKey {
  if (actor.entry !== null) return actor.entry;
  return `~${actor.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
