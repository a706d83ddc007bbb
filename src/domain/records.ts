import type { DocumentQuote, ExtractionDocument } from './document.js';
import type { Diagnostic } from './diagnostic.js';
import type { EventDate, EventLocation, Evidence, RoleSpell } from './layers.js';
import type { ActorKind, Modality, PloverType, QuadClass } from './vocabulary.js';

/**
 * What the store keeps across articles. Actors of one article have local ids (`a1`); in the store an
 * actor is named by its key: the knowledge-base entry ("TUR", "TUR.DEF", "HULUSI_AKAR") or, for a
 * guessed actor, `~` plus its folded name ("~textile merchants").
 */
export type ActorKey = string;

/** An actor as the store knows it, merged over every article that mentions it. */
export interface ActorRecord {
  readonly key: ActorKey;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly guessed: boolean;
  readonly aliases: readonly string[];
  /** Keys of the actors it belongs to (a minister -> ministry -> state), as seen in articles. */
  readonly memberOf: readonly ActorKey[];
  readonly roles: readonly RoleSpell[];
}

/** One article in the store: its metadata, where it came from and whether it copies another. */
export interface ArticleRecord {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** SHA-256 of the normalised text: the same text is the same article. */
  readonly contentHash: string;
  /** Where the item was read from (`path` or `path:line`). */
  readonly origin: string;
  /** The article this one is a (near-)copy of, or null when it is original. */
  readonly duplicateOf: string | null;
  readonly storedAt: string;
}

/** One event in the store: an extracted event with store-wide actor keys, its article and incident. */
export interface EventRecord {
  /** `<article id>#<event id>`, stable across re-runs of the same code and data. */
  readonly id: string;
  readonly article: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly type: PloverType;
  readonly quadClass: QuadClass;
  readonly mode: string | null;
  readonly cameo: string;
  readonly goldstein: number | null;
  readonly source: readonly ActorKey[];
  readonly target: readonly ActorKey[];
  readonly attributedTo: readonly ActorKey[];
  readonly date: EventDate;
  readonly location: EventLocation | null;
  readonly modality: Modality;
  readonly evidence: readonly Evidence[];
  readonly rule: string;
  readonly reason: string;
  readonly incident: string | null;
}

/** A value on which the reports of an incident agree or differ, with the reports that give it. */
export interface ReportedValue<T> {
  readonly value: T;
  readonly events: readonly string[];
}

/** One real-world happening, merged from the events of every article that reports it. */
export interface IncidentRecord {
  readonly id: string;
  readonly type: PloverType;
  readonly quadClass: QuadClass;
  readonly source: readonly ActorKey[];
  readonly target: readonly ActorKey[];
  /** The earliest and latest date the reports give (their precision kept in `dates`). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly firstReport: { readonly event: string; readonly article: string; readonly outlet: string | null; readonly published: string | null };
  readonly reports: number;
  /** Outlets that reported it independently: syndicated copies count once. */
  readonly independentSources: number;
  /** Values that sources give, side by side (not overwritten when they disagree). */
  readonly dates: readonly ReportedValue<EventDate>[];
  readonly places: readonly ReportedValue<EventLocation>[];
  readonly modalities: readonly ReportedValue<Modality>[];
  readonly events: readonly string[];
}

/** An input item that could not become a stored article, and why. */
export interface RejectionRecord {
  readonly origin: string;
  readonly code: string;
  readonly message: string;
  readonly at: string;
}

/** Everything the store needs to save one extracted article. */
export interface ExtractionToSave {
  readonly document: ExtractionDocument;
  readonly text: string;
  readonly contentHash: string;
  readonly origin: string;
}

/** An article with everything extracted from it, as `sitrep article ID` shows it. */
export interface ArticleView {
  readonly article: ArticleRecord;
  readonly text: string;
  readonly actors: readonly ActorRecord[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly (DocumentQuote & { readonly speakerKey: ActorKey | null })[];
  readonly diagnostics: readonly Diagnostic[];
  readonly provenance: ExtractionDocument['sitrep'];
}
