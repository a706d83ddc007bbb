import { ACTOR_KINDS, InputError, MODALITIES, PLOVER_TYPES, QUAD_CLASSES } from '../../domain/index.js';
import type { EventFilter } from '../../storage/event-filter.js';
import type { FilterOptionValues } from './add-filter-options.js';
import {
  parseBboxOption, parseChoiceOption, parseCountryOption, parseDateOption, parseIntegerOption, parseListOption, parseTextOption,
} from './parse-option-values.js';

/** The sides `--side` accepts. */
export const ACTOR_SIDES = ['source', 'target'] as const;

/** Validates the event filter flags (see add-filter-options.ts) into a store filter; absent flags leave fields out. */
export function parseEventFilter(o: FilterOptionValues): EventFilter {
  if (o.side !== undefined && o.actor === undefined) throw new InputError('usage', '--side needs --actor: the actor whose side it is');
  const filter: EventFilter = dropUndefined({
    actor: o.actor === undefined ? undefined : parseTextOption('--actor', o.actor),
    actorSide: o.side === undefined ? undefined : parseChoiceOption('--side', o.side, ACTOR_SIDES),
    actorKind: o.actorKind === undefined ? undefined : parseListOption('--actor-kind', o.actorKind, ACTOR_KINDS),
    actorCountry: o.actorCountry === undefined ? undefined : parseCountryOption('--actor-country', o.actorCountry),
    country: o.country === undefined ? undefined : parseCountryOption('--country', o.country),
    type: o.type === undefined ? undefined : parseListOption('--type', o.type, PLOVER_TYPES),
    quadClass: o.quad === undefined ? undefined : parseListOption('--quad', o.quad, QUAD_CLASSES),
    modality: o.modality === undefined ? undefined : parseListOption('--modality', o.modality, MODALITIES),
    ...parseDateRange(o),
    place: o.place === undefined ? undefined : parseTextOption('--place', o.place),
    bbox: o.bbox === undefined ? undefined : parseBboxOption('--bbox', o.bbox),
    outlet: o.outlet === undefined ? undefined : parseTextOption('--outlet', o.outlet),
    text: o.text === undefined ? undefined : parseTextOption('--text', o.text),
    article: o.article === undefined ? undefined : parseTextOption('--article', o.article),
    // Incident ids are the numbers `sitrep incidents` shows.
    incident: o.incident === undefined ? undefined : String(parseIntegerOption('--incident', o.incident, 1)),
  });
  return filter;
}

/** `--from` and `--to` as `YYYY-MM-DD`, checked to be in order. */
export function parseDateRange(o: Pick<FilterOptionValues, 'from' | 'to'>): { from?: string; to?: string } {
  const from = o.from === undefined ? undefined : parseDateOption('--from', o.from, 'first');
  const to = o.to === undefined ? undefined : parseDateOption('--to', o.to, 'last');
  if (from !== undefined && to !== undefined && from > to) {
    throw new InputError('input/date', `--from ${o.from} is after --to ${o.to}; expected the earlier date first`);
  }
  return dropUndefined({ from, to });
}

/** The object without its undefined fields, so that a filter shows only what was asked. */
export function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
