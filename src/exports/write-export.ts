import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ActorLookup } from './actor-lookup.js';
import type { EventSource } from './event-source.js';
import type { ExportFormat } from './export-format.js';
import { toExport, type ExportOptions } from './to-export.js';

/** Where writeExport sends its chunks, and whether to end that stream afterwards (not for stdout). */
export interface ExportSinkOptions extends ExportOptions {
  /** End the sink when the export is written; default true. */
  readonly end?: boolean;
}

const CHUNK_SIZE = 64 * 1024;

/** Writes events in a format to a writable stream, respecting back-pressure; resolves when all is written. */
export async function writeExport(
  format: ExportFormat, events: EventSource, actors: ActorLookup, sink: NodeJS.WritableStream, options: ExportSinkOptions = {},
): Promise<void> {
  const chunks = batchChunks(toExport(format, events, actors, options), CHUNK_SIZE);
  await pipeline(Readable.from(chunks), sink, { end: options.end ?? true });
}

/** Joins small chunks (one per event) into chunks of about `size` characters, so each write carries many events. */
export async function* batchChunks(chunks: AsyncIterable<string>, size: number): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    buffer.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
