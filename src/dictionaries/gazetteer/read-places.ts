import { parseTsv, rowError, splitValues } from '../parse-tsv.js';
import { readDataFiles } from '../read-data-files.js';
import type { GazetteerRecord } from './create-gazetteer.js';
import { isGazetteerKind, toPlacePrecision, GAZETTEER_KINDS } from './gazetteer.js';
import type { CountryRow } from './read-countries.js';

const COLUMNS = ['name', 'aliases', 'country', 'lat', 'lon', 'kind'] as const;

/**
 * Reads and validates data/places.tsv, the hand-kept transliteration variants of conflict
 * reporting ("Kobani|Kobane|Ayn al-Arab"). A row without coordinates is put at its country's point.
 */
export function readPlaces(dataDir: string, countries: readonly CountryRow[]): GazetteerRecord[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const records: GazetteerRecord[] = [];
  for (const file of readDataFiles([dataDir], 'places.tsv')) {
    for (const row of parseTsv(file.text, file.name, COLUMNS)) {
      const c = row.cells;
      const name = c['name'] ?? '';
      const kind = c['kind'] || 'city';
      const code = c['country'] || null;
      if (name === '') throw rowError(row, 'the name is empty');
      if (!isGazetteerKind(kind)) throw rowError(row, `kind "${kind}" is not one of ${GAZETTEER_KINDS.join(', ')}`);
      const country = code === null ? undefined : byCode.get(code);
      if (code !== null && country === undefined) throw rowError(row, `country "${code}" is not a code in countries.tsv`);
      const lat = c['lat'] ? Number(c['lat']) : country?.lat;
      const lon = c['lon'] ? Number(c['lon']) : country?.lon;
      if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw rowError(row, `lat/lon "${c['lat'] ?? ''}"/"${c['lon'] ?? ''}" are not coordinates; give decimal degrees, or a country to place it at its point`);
      }
      records.push({
        entry: {
          name, country: code, lat, lon, population: 0, kind, precision: toPlacePrecision(kind), capital: false, handKept: true,
        },
        aliases: splitValues(c['aliases']),
      });
    }
  }
  return records;
}
