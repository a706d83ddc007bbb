import type { ActorRecord, ExtractionDocument, ExtractionToSave } from '../domain/index.js';
import { toDocumentBlob } from './document-blob.js';
import { toActorRecord } from './merge-actor-record.js';
import { createMinHashSignature, type MinHashSignature } from './min-hash-signature.js';
import { toProvenanceKey } from './to-provenance-key.js';
import { createKeyResolver, toStoredEvent, type StoredEvent } from './to-stored-event.js';

/**
 * What a store makes of an extraction before it looks at what it has stored: the same for every
 * store, so it can be made ahead, on the thread that extracted the article (ingest's workers).
 */
export interface PreparedExtraction {
  readonly article: ExtractionDocument['article'];
  /** `toProvenanceKey` of the document's provenance. */
  readonly provenance: string;
  /** The whole document, as `toDocumentBlob` stores it. */
  readonly document: Uint8Array;
  /** The text's MinHash signature, null when it is too short to have one. */
  readonly signature: MinHashSignature | null;
  /** The records its actors contribute, in document order. */
  readonly actors: readonly ActorRecord[];
  readonly events: readonly StoredEvent[];
}

/** An extraction to save that was prepared ahead: a store takes it wherever it takes an `ExtractionToSave`. */
export interface PreparedToSave {
  readonly prepared: PreparedExtraction;
  readonly text: string;
  readonly contentHash: string;
  readonly origin: string;
}

/** What the store's save methods take: an extraction, or one prepared ahead. */
export type ToSave = ExtractionToSave | PreparedToSave;

/** Prepares a document and its article's text; throws a SitrepError when an event names an actor the document lacks. */
export function prepareExtraction(doc: ExtractionDocument, text: string): PreparedExtraction {
  const keyOf = createKeyResolver(doc);
  return {
    article: doc.article,
    provenance: toProvenanceKey(doc.sitrep),
    document: toDocumentBlob(doc),
    signature: createMinHashSignature(text),
    actors: doc.actors.map((a) => toActorRecord(a, a.memberOf === null ? null : keyOf(a.memberOf))),
    events: doc.events.map((e) => toStoredEvent(doc.article, e, keyOf)),
  };
}

/** The prepared form of what is to be saved, preparing it now when it was not prepared ahead. */
export function toPreparedToSave(x: ToSave): PreparedToSave {
  return 'prepared' in x ? x : { prepared: prepareExtraction(x.document, x.text), text: x.text, contentHash: x.contentHash, origin: x.origin };
}

/** The article of what is to be saved. */
export function toArticleOfSave(x: ToSave): ExtractionDocument['article'] {
  return 'prepared' in x ? x.prepared.article : x.document.article;
}
