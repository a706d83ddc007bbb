import type { ActorLookup } from './actor-lookup.js';
import type { EventSource } from './event-source.js';
import { toPloverRecord } from './to-plover-record.js';

/** Streams events as PLOVER-style JSON Lines: one resolved event per line. */
export async function* toPloverJsonl(events: EventSource, actors: ActorLookup): AsyncGenerator<string> {
  for await (const event of events) yield `${JSON.stringify(toPloverRecord(event, actors))}\n`;
}
