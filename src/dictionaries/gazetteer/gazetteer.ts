import type { PlacePrecision } from '../../domain/index.js';

/** The kinds of place the gazetteer knows, from a whole country down to a camp or a crossing. */
export const GAZETTEER_KINDS = [
  'country', 'region', 'province', 'district', 'city', 'town', 'village', 'crossing', 'camp', 'base', 'sea', 'area',
] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

const KINDS = new Set<string>(GAZETTEER_KINDS);

/** Whether a string is a gazetteer kind. */
export function isGazetteerKind(x: string): x is GazetteerKind {
  return KINDS.has(x);
}

const PRECISION_OF: Readonly<Record<GazetteerKind, PlacePrecision>> = {
  country: 'country', region: 'region', province: 'region', district: 'region', sea: 'region', area: 'region',
  city: 'city', town: 'city', village: 'city', crossing: 'point', camp: 'point', base: 'point',
};

/** How precisely a place of this kind locates an event. */
export function toPlacePrecision(kind: GazetteerKind): PlacePrecision {
  return PRECISION_OF[kind];
}

/** A province or a district: an administrative division, not a settlement. */
export function isDivision(entry: Pick<GazetteerEntry, 'kind'>): boolean {
  return entry.kind === 'province' || entry.kind === 'district';
}

/** One place the gazetteer can return for a name. */
export interface GazetteerEntry {
  readonly name: string;
  /** ISO 3166-1 alpha-3 code, or null for a place outside any country (a sea). */
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  /** Inhabitants, 0 when unknown (hand-kept places, countries). */
  readonly population: number;
  readonly kind: GazetteerKind;
  readonly precision: PlacePrecision;
  /** The capital of its country. */
  readonly capital: boolean;
  /** From data/places.tsv, kept by hand for the names conflict reporting uses. */
  readonly handKept: boolean;
  /** GeoNames' administrative code: "UA.14" for Luhansk oblast and the places in it, "YE.14.2606" for a district. */
  readonly admin?: string;
}

/** A read-only index of place names, built once at start-up. */
export interface Gazetteer {
  /** Places a name may denote, best first: hand-kept entries, countries, capitals, then by population. */
  lookup(name: string): readonly GazetteerEntry[];
  /** The country entry for an ISO3 code (its name and representative point). */
  country(iso3: string): GazetteerEntry | undefined;
  /** How many entries the index holds. */
  readonly size: number;
}
