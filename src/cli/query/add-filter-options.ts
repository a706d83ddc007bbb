import type { Command } from 'commander';
import { ACTOR_KINDS, MODALITIES, QUAD_CLASSES } from '../../domain/index.js';

/**
 * The filter flags of the query commands, declared once. Each key is the name commander gives the
 * option's value (`--actor-kind` -> `actorKind`); parse-event-filter.ts and parse-incident-filter.ts
 * validate the values.
 */
export const FILTER_OPTIONS = {
  actor: { flags: '--actor <name>', description: 'an actor or its members, by name, alias or key (Turkey, Türkiye, TUR)' },
  side: { flags: '--side <side>', description: 'with --actor: the side it is on, source or target (default: either)' },
  actorKind: { flags: '--actor-kind <kind[,kind]>', description: `a source or target actor of this kind: ${ACTOR_KINDS.join(', ')}` },
  actorCountry: { flags: '--actor-country <ISO3>', description: 'a source or target actor of this country (TUR)' },
  country: { flags: '--country <ISO3>', description: 'where it happened: country code of the place (SYR)' },
  type: { flags: '--type <type[,type]>', description: 'PLOVER event type(s), any case (consult,agree)' },
  quad: { flags: '--quad <class[,class]>', description: `quad class(es): ${QUAD_CLASSES.join(', ')}` },
  modality: { flags: '--modality <m[,m]>', description: `whether it happened: ${MODALITIES.join(', ')}` },
  from: { flags: '--from <date>', description: 'on or after: YYYY-MM-DD, or YYYY-MM / YYYY from its first day' },
  to: { flags: '--to <date>', description: 'on or before: YYYY-MM-DD, or YYYY-MM / YYYY to its last day' },
  place: { flags: '--place <name>', description: 'place name, any case (Moscow)' },
  bbox: { flags: '--bbox <box>', description: 'placed within minLon,minLat,maxLon,maxLat (35.5,32,42.5,37.5)' },
  outlet: { flags: '--outlet <name>', description: 'reported by this outlet, as stored (Reuters)' },
  text: { flags: '--text <words>', description: 'evidence sentence contains all these words' },
  article: { flags: '--article <id>', description: 'from this article (id as `sitrep article` shows it)' },
  incident: { flags: '--incident <id>', description: 'reports of this incident (id as `sitrep incidents` shows it)' },
  minSources: { flags: '--min-sources <n>', description: 'reported by at least n independent sources (2: corroborated)' },
  minReports: { flags: '--min-reports <n>', description: 'reported at least n times' },
} as const satisfies Readonly<Record<string, { readonly flags: string; readonly description: string }>>;

/** The name of a filter flag's value. */
export type FilterOptionName = keyof typeof FILTER_OPTIONS;

/** The raw values of filter flags, as commander hands them over. */
export type FilterOptionValues = Readonly<Partial<Record<FilterOptionName, string>>>;

/** The filters of `sitrep events` and `sitrep export`. */
export const EVENT_FILTER_OPTIONS: readonly FilterOptionName[] = [
  'actor', 'side', 'actorKind', 'actorCountry', 'country', 'type', 'quad', 'modality',
  'from', 'to', 'place', 'bbox', 'outlet', 'text', 'article', 'incident',
];

/** The filters of `sitrep incidents`. */
export const INCIDENT_FILTER_OPTIONS: readonly FilterOptionName[] = ['actor', 'type', 'quad', 'from', 'to', 'country', 'minSources', 'minReports'];

/** Adds the named filter flags to a command. */
export function addFilterOptions(command: Command, names: readonly FilterOptionName[]): Command {
  for (const name of names) command.option(FILTER_OPTIONS[name].flags, FILTER_OPTIONS[name].description);
  return command;
}
