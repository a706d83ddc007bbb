const actorColumns = (n: 1 | 2): string[] => [
  'Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code',
  'Type1Code', 'Type2Code', 'Type3Code',
].map((c) => `Actor${n}${c}`);

const geoColumns = (prefix: string): string[] => [
  'Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID',
].map((c) => `${prefix}_${c}`);

/** The 61 columns of the GDELT 2.0 event table, in file order (GDELT 2.0 Event Codebook). */
export const GDELT_EVENT_COLUMNS: readonly string[] = Object.freeze([
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns(1),
  ...actorColumns(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
]);
