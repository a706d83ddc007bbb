import { SitrepError, type ActorId, type ActorKey, type DocumentEvent, type EventRecord, type ExtractionDocument } from '../domain/index.js';
import { fromDayNumber, toDayRange, type DayRange } from './day-range.js';
import { toMatchWindow, toReportDays } from './is-incident-match.js';
import { toActorKey } from './to-actor-key.js';

/** An extracted event ready to store: store-wide actor keys, what the store derives from it alone, a fingerprint. */
export type StoredEvent = Omit<EventRecord, 'article' | 'outlet' | 'published' | 'incident' | 'evidence'> & {
  readonly localId: string;
  /** Equal for two extractions of the same event, so a recode can tell what changed. */
  readonly fingerprint: string;
  /** Its evidence list (`EventRecord.evidence`) as JSON, and the evidence sentences, one a line, for full-text search. */
  readonly evidenceJson: string;
  readonly evidenceText: string;
  /** The days it counts for (`toReportDays`) and may match other reports in (`toMatchWindow`), given its article's date. */
  readonly days: DayRange | null;
  readonly window: DayRange | null;
  /** `YYYY-MM` of its date's first day when the date is day, week or month precise. */
  readonly month: string | null;
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

/** Turns a document event of an article into the event the store keeps. */
export function toStoredEvent(article: { readonly id: string; readonly published: string | null }, e: DocumentEvent, keyOf: (id: ActorId) => ActorKey): StoredEvent {
  const evidence = [...(e.evidence ? [e.evidence] : []), ...(e.moreEvidence ?? [])];
  const [source, target, attributedTo] = [e.source.map(keyOf), e.target.map(keyOf), e.attributedTo.map(keyOf)];
  const fingerprint = JSON.stringify([
    e.type, e.mode, e.cameo, source, target, attributedTo, e.date.value, e.date.precision,
    e.location?.name ?? null, e.modality, evidence.map((v) => [v.start, v.end, v.trigger.start]),
  ]);
  const when = { date: e.date, published: article.published };
  const precise = e.date.precision === 'day' || e.date.precision === 'week' || e.date.precision === 'month';
  const first = precise ? toDayRange(e.date)?.first : undefined;
  return {
    id: `${article.id}#${e.id}`, localId: e.id, type: e.type, quadClass: e.quadClass, mode: e.mode, cameo: e.cameo,
    goldstein: e.goldstein, source, target, attributedTo, date: e.date, location: e.location, modality: e.modality,
    rule: e.rule, reason: e.reason, fingerprint,
    evidenceJson: JSON.stringify(evidence), evidenceText: evidence.map((v) => v.text.trim()).join('\n'),
    days: toReportDays(when), window: toMatchWindow(when), month: first === undefined ? null : fromDayNumber(first).slice(0, 7),
  };
}
