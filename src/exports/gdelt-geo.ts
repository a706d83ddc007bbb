import type { EventLocation, PlacePrecision } from '../domain/index.js';
import type { ActorLookup } from './actor-lookup.js';
import { toFipsCountry } from './fips-codes.js';

// GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
const WORLD_TYPE: Readonly<Record<PlacePrecision, number>> = { country: 1, region: 5, city: 4, point: 4 };
const US_TYPE: Readonly<Record<PlacePrecision, number>> = { country: 1, region: 2, city: 3, point: 3 };

/**
 * The eight GDELT geo columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID) for a place; no place gives type 0 and empty fields, as in GDELT.
 */
export function toGdeltGeo(location: EventLocation | null, actors: ActorLookup): string[] {
  if (!location) return ['0', '', '', '', '', '', '', ''];
  const type = (location.country === 'USA' ? US_TYPE : WORLD_TYPE)[location.precision];
  const fips = toFipsCountry(location.country, location.lon);
  // A country-level place: GDELT repeats the FIPS code as its ADM1 code and feature id.
  const countryLevel = type === 1 ? fips : '';
  return [
    String(type),
    fullName(location, actors),
    fips,
    countryLevel,
    '',
    location.lat === null ? '' : String(location.lat),
    location.lon === null ? '' : String(location.lon),
    countryLevel,
  ];
}

// "Aleppo" in SYR -> "Aleppo, Syria" (GDELT writes "City, ADM1, Country"; sitrep knows no ADM1).
function fullName(location: EventLocation, actors: ActorLookup): string {
  if (location.precision === 'country' || location.country === null) return location.name;
  const country = actors(location.country)?.name;
  return country && country !== location.name ? `${location.name}, ${country}` : location.name;
}
