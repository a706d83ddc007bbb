import type { ActorKey, EventLocation } from '../../domain/index.js';

/** Names of a side's actors joined with "+", or "?" when the side is unknown. */
export function formatActorNames(keys: readonly ActorKey[], nameOf: (key: ActorKey) => string): string {
  return keys.length === 0 ? '?' : keys.map(nameOf).join(' + ');
}

/** "Turkey + Russia -> Syria": who acted on whom. */
export function formatDyad(source: readonly ActorKey[], target: readonly ActorKey[], nameOf: (key: ActorKey) => string): string {
  return target.length === 0 ? formatActorNames(source, nameOf) : `${formatActorNames(source, nameOf)} -> ${formatActorNames(target, nameOf)}`;
}

/** "Moscow, RUS"; a country place just its name ("Syria"); no place, nothing. */
export function formatPlace(location: Pick<EventLocation, 'name' | 'country' | 'precision'> | null): string {
  if (location === null) return '';
  return location.precision === 'country' || location.country === null ? location.name : `${location.name}, ${location.country}`;
}
