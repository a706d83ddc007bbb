import { InputError, type ActorRecord } from '../../domain/index.js';
import type { EventStore } from '../../storage/event-store.js';

/** How many candidates an ambiguity error lists. */
const LISTED = 10;

/**
 * The one stored actor a name, alias or key denotes. An exact key wins ("TUR" even if someone is
 * also called "Tur"); several matches or none are usage errors that say what to type instead.
 */
export async function resolveActor(store: Pick<EventStore, 'findActors'>, name: string): Promise<ActorRecord> {
  const text = name.trim();
  if (text === '') throw new InputError('usage', 'the actor name is empty; expected a name, alias or key, e.g. Turkey, Türkiye or TUR');
  const found = await store.findActors(text);
  const byKey = found.find((a) => a.key === text);
  if (byKey) return byKey;
  const [only, ...more] = found;
  if (only && more.length === 0) return only;
  if (!only) {
    throw new InputError('usage', `no actor is named "${text}" in the store; search the evidence text instead: sitrep events --text "${text}"`);
  }
  const listed = found.slice(0, LISTED).map((a) => `${a.key} (${a.name}, ${a.kind}${a.country ? `, ${a.country}` : ''})`).join('; ');
  const rest = found.length > LISTED ? `; and ${found.length - LISTED} more` : '';
  throw new InputError('usage', `"${text}" names ${found.length} actors: ${listed}${rest}; give the key instead, e.g. ${only.key}`);
}
