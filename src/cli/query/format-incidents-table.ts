import type { ActorKey, IncidentRecord } from '../../domain/index.js';
import { formatDyad, formatPlace } from './format-actor-names.js';
import { formatEventDate } from './format-event-date.js';
import { formatTable, type TableColumn } from './format-table.js';

const COLUMNS: readonly TableColumn[] = [
  { header: 'id', min: 4 }, { header: 'dates', min: 22 }, { header: 'type', min: 9 }, { header: 'source -> target', min: 20 },
  { header: 'reports', align: 'right' }, { header: 'sources', align: 'right' }, { header: 'first report', min: 12 },
  { header: 'differ on', min: 9 },
];

/** Incidents as a table for a terminal: when, what, who, how often and how independently reported, and where reports disagree. */
export function formatIncidentsTable(incidents: readonly IncidentRecord[], nameOf: (key: ActorKey) => string, page: { readonly offset: number; readonly limit: number }, width: number): string {
  const rows = incidents.map((i) => [
    i.id,
    formatDateSpan(i.firstDate, i.lastDate),
    i.type,
    formatDyad(i.source, i.target, nameOf),
    String(i.reports),
    String(i.independentSources),
    [i.firstReport.outlet ?? i.firstReport.article, i.firstReport.published?.slice(0, 10)].filter(Boolean).join(' '),
    formatDisagreements(i),
  ]);
  const lines = incidents.length === 0 ? [] : formatTable(COLUMNS, rows, width);
  const count = `${incidents.length} incident${incidents.length === 1 ? '' : 's'}`;
  const notes = [
    ...(incidents.length === page.limit ? [`more may match: --offset ${page.offset + page.limit}`] : []),
    ...(rows.some((r) => r[7] !== '') ? ['each report: sitrep events --incident ID'] : []),
  ];
  const from = page.offset > 0 ? ` from #${page.offset + 1}` : '';
  return [...lines, `${count}${from}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`].join('\n');
}

/** "2022-12-28", "2022-12-28..2022-12-30", or "undated". */
export function formatDateSpan(first: string | null, last: string | null): string {
  if (first === null) return last ?? 'undated';
  return last === null || last === first ? first : `${first}..${last}`;
}

/**
 * What the reports of an incident give differently ("dates, places"), or nothing; the values are
 * in `--format json`, and `sitrep events --incident ID` lists each report with its own.
 */
export function formatDisagreements(incident: Pick<IncidentRecord, 'dates' | 'places'>): string {
  const differs = (values: readonly string[]): boolean => new Set(values).size > 1;
  return [
    ...(differs(incident.dates.map((d) => formatEventDate(d.value))) ? ['dates'] : []),
    ...(differs(incident.places.map((p) => formatPlace(p.value))) ? ['places'] : []),
  ].join(', ');
}
