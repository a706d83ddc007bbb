import type { ActorLookup } from './actor-lookup.js';
import type { EventSource } from './event-source.js';
import type { ExportFormat } from './export-format.js';
import { toEventCsv } from './to-event-csv.js';
import { toGdeltTsv } from './to-gdelt-tsv.js';
import type { GdeltOptions } from './to-gdelt-row.js';
import { toGeoJson } from './to-geojson.js';
import { toGexf } from './to-gexf.js';
import { toGraphml } from './to-graphml.js';
import { toPloverJsonl } from './to-plover-jsonl.js';

/** Options of the exports; only the GDELT format reads any today. */
export type ExportOptions = GdeltOptions;

/** Streams events in the given format as string chunks, whatever the format. */
export function toExport(format: ExportFormat, events: EventSource, actors: ActorLookup, options: ExportOptions = {}): AsyncGenerator<string> {
  switch (format) {
    case 'plover-jsonl': return toPloverJsonl(events, actors);
    case 'gdelt': return toGdeltTsv(events, actors, options);
    case 'csv': return toEventCsv(events, actors);
    case 'geojson': return toGeoJson(events, actors);
    case 'gexf': return toGexf(events, actors);
    case 'graphml': return toGraphml(events, actors);
  }
}
