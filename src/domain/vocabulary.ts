/** Closed vocabularies: each is one `as const` array from which its type and guard derive. */

/** Builds a type guard for a closed vocabulary. */
function guardFor<T extends string>(values: readonly T[]): (x: unknown) => x is T {
  const set = new Set<string>(values);
  return (x: unknown): x is T => typeof x === 'string' && set.has(x);
}

/** The 16 PLOVER event types (POLECAT set), in quad-class order. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE',
  'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];
export const isPloverType = guardFor(PLOVER_TYPES);

/** The four quad classes of the CAMEO/PLOVER tradition. */
export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];
export const isQuadClass = guardFor(QUAD_CLASSES);

const QUAD_OF: Readonly<Record<PloverType, QuadClass>> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict',
};

/** The quad class a PLOVER type belongs to. */
export function toQuadClass(type: PloverType): QuadClass {
  return QUAD_OF[type];
}

/** Whether an event happened according to the text, and who says so. */
export const MODALITIES = ['asserted', 'reported', 'intended', 'threatened', 'negated', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];
export const isModality = guardFor(MODALITIES);

/** What kind of thing an actor is. */
export const ACTOR_KINDS = [
  'state', 'government', 'ministry', 'military', 'police', 'intelligence', 'legislature', 'judiciary',
  'opposition', 'igo', 'ngo', 'armed_group', 'party', 'movement', 'media', 'company', 'person', 'group', 'unknown',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const isActorKind = guardFor(ACTOR_KINDS);

/** How precise a resolved date is. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const isDatePrecision = guardFor(DATE_PRECISIONS);

/** How precise a geocoded place is. */
export const PLACE_PRECISIONS = ['point', 'city', 'region', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
export const isPlacePrecision = guardFor(PLACE_PRECISIONS);

/** How serious a diagnostic is. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
