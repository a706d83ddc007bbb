import type { EventRecord } from '../domain/index.js';

/** What every export reads: events from memory or streamed from the store, one at a time. */
export type EventSource = Iterable<EventRecord> | AsyncIterable<EventRecord>;
