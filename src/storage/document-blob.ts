import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ExtractionDocument } from '../domain/index.js';

/** The document as stores keep it, deflated JSON: mention spans make documents large, and they compress about 5:1. */
export function toDocumentBlob(doc: ExtractionDocument): Buffer {
  // level 1: a little larger than the default, several times faster, and saving is ingest's bottleneck
  return deflateRawSync(Buffer.from(JSON.stringify(doc), 'utf8'), { level: 1 });
}

/** The document stored by `toDocumentBlob` (written by the store, so trusted). */
export function fromDocumentBlob(blob: Uint8Array): ExtractionDocument {
  return JSON.parse(inflateRawSync(blob).toString('utf8')) as ExtractionDocument;
}
