import type { ActorLookup } from './actor-lookup.js';
import type { EventSource } from './event-source.js';
import { toGdeltRow, type GdeltOptions } from './to-gdelt-row.js';

/** Streams events as a GDELT 2.0 event table: tab-separated, 61 columns, no header. */
export async function* toGdeltTsv(events: EventSource, actors: ActorLookup, options: GdeltOptions = {}): AsyncGenerator<string> {
  for await (const event of events) yield `${toGdeltRow(event, actors, options).join('\t')}\n`;
}
