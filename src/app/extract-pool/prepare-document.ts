import type { Diagnostic } from '../../domain/index.js';
import { prepareExtraction, type PreparedExtraction } from '../../storage/prepare-extraction.js';
import type { ExtractionDocument } from '../extraction-document.js';

/** An article's extraction made ready for a store on the thread that extracted it (see `ExtractPool.prepare`). */
export interface PreparedDocument {
  readonly extraction: PreparedExtraction;
  /** The document's diagnostics of severity warning or error ("article/not-english"); the info ones are in its stored document only. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Prepares an extracted document and its article's text for a store. */
export function prepareDocument(document: ExtractionDocument, text: string): PreparedDocument {
  return { extraction: prepareExtraction(document, text), diagnostics: document.diagnostics.filter((d) => d.severity !== 'info') };
}

/**
 * A prepared document as a worker posts it, with the buffer to transfer rather than copy: the
 * deflated document, copied first into a buffer of its own (a small Buffer shares Node's pool,
 * which must not be detached).
 */
export function toTransferable(p: PreparedDocument): { readonly prepared: PreparedDocument; readonly transfer: ArrayBuffer[] } {
  const document = new Uint8Array(p.extraction.document);
  return { prepared: { ...p, extraction: { ...p.extraction, document } }, transfer: [document.buffer] };
}
