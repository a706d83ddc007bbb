import type { ActorKey, IncidentRecord } from '../../domain/index.js';
import { toCsvLine } from '../../exports/index.js';
import { formatEventDate } from './format-event-date.js';
import { formatPlace } from './format-actor-names.js';

/** The columns of incidents as CSV; several actors, dates or places are joined with `;`. */
export const INCIDENT_CSV_COLUMNS: readonly string[] = [
  'id', 'first_date', 'last_date', 'type', 'quad_class', 'source_keys', 'source_names', 'target_keys', 'target_names',
  'reports', 'independent_sources', 'first_article', 'first_outlet', 'first_published', 'dates', 'places', 'modalities',
];

/** Incidents as RFC 4180 CSV (header, CRLF): one row each, with every date, place and modality the reports give. */
export function toIncidentCsv(incidents: readonly IncidentRecord[], nameOf: (key: ActorKey) => string): string {
  return [
    toCsvLine(INCIDENT_CSV_COLUMNS),
    ...incidents.map((i) => toCsvLine([
      i.id, i.firstDate, i.lastDate, i.type, i.quadClass,
      i.source.join(';'), i.source.map(nameOf).join(';'), i.target.join(';'), i.target.map(nameOf).join(';'),
      i.reports, i.independentSources, i.firstReport.article, i.firstReport.outlet, i.firstReport.published,
      i.dates.map((d) => formatEventDate(d.value)).join(';'), i.places.map((p) => formatPlace(p.value)).join(';'),
      i.modalities.map((m) => m.value).join(';'),
    ])),
  ].join('');
}
