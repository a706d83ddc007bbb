import type { TextSpan } from './article.js';
import type { Diagnostic } from './diagnostic.js';
import type { ActorId, EntryId } from './ids.js';
import type { Event, Evidence, Place, RoleSpell, TimeExpression } from './layers.js';
import type { ActorKind, QuadClass } from './vocabulary.js';

/** Provenance recorded with every document, so any result can be reproduced. */
export interface Provenance {
  readonly version: string;
  readonly stages: Readonly<Record<string, string>>;
  /** Hash of the knowledge base and event lexicon that produced the result. */
  readonly knowledgeBase: string;
}

/** An actor as the extraction document shows it. */
export interface DocumentActor {
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly memberOf: ActorId | null;
  readonly entry: EntryId | null;
  readonly guessed: boolean;
  readonly aliases: readonly string[];
  readonly roles?: readonly RoleSpell[];
  readonly mentions: readonly TextSpan[];
}

/** An event as the extraction document shows it: the event with its quad class and Goldstein score, its main evidence apart. */
export type DocumentEvent = Omit<Event, 'evidence'> & {
  readonly quadClass: QuadClass;
  /** Goldstein-style score of the CAMEO root, -10 (conflict) to +10 (cooperation). */
  readonly goldstein: number | null;
  readonly evidence: Evidence | null;
  readonly moreEvidence?: readonly Evidence[];
};

/** A quotation as the extraction document shows it. */
export interface DocumentQuote extends TextSpan {
  readonly speaker: ActorId | null;
  readonly speakerMention: TextSpan | null;
}

/** What sitrep produces for one article (the shape `../shared/eval` reads, plus provenance). */
export interface ExtractionDocument {
  readonly sitrep: Provenance;
  readonly article: { readonly id: string; readonly title: string | null; readonly published: string | null; readonly outlet: string | null; readonly url: string | null };
  readonly actors: readonly DocumentActor[];
  readonly events: readonly DocumentEvent[];
  readonly quotes: readonly DocumentQuote[];
  readonly places: readonly Place[];
  readonly dates: readonly TimeExpression[];
  readonly diagnostics: readonly Diagnostic[];
}
