import { parseTsv, rowError, splitValues } from '../parse-tsv.js';
import { readDataFiles } from '../read-data-files.js';
import type { GazetteerRecord } from './create-gazetteer.js';

/** A row of data/countries.tsv as the gazetteer needs it. */
export interface CountryRow {
  readonly code: string;
  readonly iso2: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly capital: string | null;
  readonly lat: number;
  readonly lon: number;
}

const COLUMNS = ['code', 'iso2', 'name', 'aliases', 'demonyms', 'capital', 'lat', 'lon'] as const;

/** Reads and validates data/countries.tsv. */
export function readCountries(dataDir: string): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const file of readDataFiles([dataDir], 'countries.tsv')) {
    for (const row of parseTsv(file.text, file.name, COLUMNS)) {
      const c = row.cells;
      const code = c['code'] ?? '';
      if (!/^[A-Z]{3}$/.test(code)) throw rowError(row, `country code "${code}" is not an ISO 3166-1 alpha-3 code`);
      const lat = Number(c['lat']);
      const lon = Number(c['lon']);
      if (c['lat'] === '' || c['lon'] === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
        throw rowError(row, `lat/lon "${c['lat'] ?? ''}"/"${c['lon'] ?? ''}" are not numbers`);
      }
      rows.push({ code, iso2: c['iso2'] ?? '', name: c['name'] || code, aliases: splitValues(c['aliases']), capital: c['capital'] || null, lat, lon });
    }
  }
  return rows;
}

/** Turns countries into gazetteer records (precision `country`, placed at their representative point). */
export function toCountryRecords(countries: readonly CountryRow[]): GazetteerRecord[] {
  return countries.map((c) => ({
    entry: {
      name: c.name, country: c.code, lat: c.lat, lon: c.lon, population: 0,
      kind: 'country', precision: 'country', capital: false, handKept: false,
    },
    aliases: c.aliases,
  }));
}
