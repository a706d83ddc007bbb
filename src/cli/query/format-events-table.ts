import type { ActorKey, EventRecord } from '../../domain/index.js';
import { formatActorNames, formatDyad, formatPlace } from './format-actor-names.js';
import { formatEventDate } from './format-event-date.js';
import { formatTable, type TableColumn } from './format-table.js';

const COLUMNS: readonly TableColumn[] = [
  { header: 'date', min: 10 }, { header: 'type', min: 9 }, { header: 'source -> target', min: 20 }, { header: 'place', min: 8 },
  { header: 'modality', min: 8 }, { header: 'claimed by', min: 8 }, { header: 'outlet', min: 8 },
];

/** Where a page of events sits among all that match: how many match, and how many were skipped. */
export interface PageInfo {
  readonly total: number;
  readonly offset: number;
}

/** A page of events as a table for a terminal, one line per event, with a footer "N of M events". */
export function formatEventsTable(events: readonly EventRecord[], nameOf: (key: ActorKey) => string, page: PageInfo, width: number): string {
  const rows = events.map((e) => [
    formatEventDate(e.date),
    e.mode ? `${e.type}/${e.mode}` : e.type,
    formatDyad(e.source, e.target, nameOf),
    formatPlace(e.location),
    e.modality,
    e.attributedTo.length === 0 ? '' : formatActorNames(e.attributedTo, nameOf),
    e.outlet ?? '',
  ]);
  const lines = events.length === 0 ? [] : formatTable(COLUMNS, rows, width);
  return [...lines, formatPageFooter(events.length, page, 'event')].join('\n');
}

/** "2 of 2 events", "100 of 345 events (from #101; next: --offset 200)". */
export function formatPageFooter(shown: number, page: PageInfo, noun: string): string {
  const count = `${shown} of ${page.total} ${noun}${page.total === 1 ? '' : 's'}`;
  const next = page.offset + shown;
  const notes = [
    ...(page.offset > 0 && shown > 0 ? [`from #${page.offset + 1}`] : []),
    ...(next < page.total && shown > 0 ? [`next: --offset ${next}`] : []),
  ];
  return notes.length === 0 ? count : `${count} (${notes.join('; ')})`;
}
