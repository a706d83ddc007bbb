import { SitrepError, type ActorId, type ActorKey, type DocumentEvent, type EventRecord, type ExtractionDocument } from '../domain/index.js';
import { toActorKey } from './to-actor-key.js';

/** An extracted event ready to store: store-wide actor keys, its evidence as a list, a fingerprint. */
export type StoredEvent = Omit<EventRecord, 'article' | 'outlet' | 'published' | 'incident'> & {
  readonly localId: string;
  /** Equal for two extractions of the same event, so a recode can tell what changed. */
  readonly fingerprint: string;
};

/** Maps local actor ids (`a1`) of a document to store keys; throws on an id the document lacks. */
export function createKeyResolver(doc: ExtractionDocument): (id: ActorId) => ActorKey {
  const keys = new Map(doc.actors.map((a) => [a.id as string, toActorKey(a)]));
  return (id) => {
    const key = keys.get(id);
    if (key === undefined) {
      throw new SitrepError('internal', `Article ${doc.article.id} refers to actor "${id}", which its document does not list; expected one of: ${[...keys.keys()].join(', ') || '(no actors)'}.`);
    }
    return key;
  };
}

/** Turns a document event into the event the store keeps. */
export function toStoredEvent(articleId: string, e: DocumentEvent, keyOf: (id: ActorId) => ActorKey): StoredEvent {
  const evidence = [...(e.evidence ? [e.evidence] : []), ...(e.moreEvidence ?? [])];
  const [source, target, attributedTo] = [e.source.map(keyOf), e.target.map(keyOf), e.attributedTo.map(keyOf)];
  const fingerprint = JSON.stringify([
    e.type, e.mode, e.cameo, source, target, attributedTo, e.date.value, e.date.precision,
    e.location?.name ?? null, e.modality, evidence.map((v) => [v.start, v.end, v.trigger.start]),
  ]);
  return {
    id: `${articleId}#${e.id}`, localId: e.id, type: e.type, quadClass: e.quadClass, mode: e.mode, cameo: e.cameo,
    goldstein: e.goldstein, source, target, attributedTo, date: e.date, location: e.location, modality: e.modality,
    evidence, rule: e.rule, reason: e.reason, fingerprint,
  };
}
