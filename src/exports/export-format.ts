import { InputError } from '../domain/index.js';

/** The formats sitrep exports events to; one streaming function each (see to-export.ts). */
export const EXPORT_FORMATS = ['plover-jsonl', 'gdelt', 'csv', 'geojson', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FORMAT_SET = new Set<string>(EXPORT_FORMATS);

/** Whether a string names an export format. */
export function isExportFormat(x: unknown): x is ExportFormat {
  return typeof x === 'string' && FORMAT_SET.has(x);
}

/** Validates a format name given by a user, failing with the list of valid formats. */
export function parseExportFormat(name: string): ExportFormat {
  if (isExportFormat(name)) return name;
  throw new InputError('usage', `Unknown export format "${name}"; expected one of: ${EXPORT_FORMATS.join(', ')}.`);
}

/** File extension and media type of each format, for file names and HTTP responses. */
export const EXPORT_FILE_TYPES: Readonly<Record<ExportFormat, { readonly extension: string; readonly mediaType: string }>> = {
  'plover-jsonl': { extension: '.jsonl', mediaType: 'application/x-ndjson; charset=utf-8' },
  // GDELT ships its tab-separated tables as *.export.CSV; .tsv says what the file really is.
  gdelt: { extension: '.tsv', mediaType: 'text/tab-separated-values; charset=utf-8' },
  csv: { extension: '.csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  geojson: { extension: '.geojson', mediaType: 'application/geo+json' },
  gexf: { extension: '.gexf', mediaType: 'application/gexf+xml' },
  graphml: { extension: '.graphml', mediaType: 'application/graphml+xml' },
};
