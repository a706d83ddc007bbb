import type { Provenance } from '../domain/index.js';

/** What saving one extraction did. */
export type SaveOutcome =
  /** A new article: its events are stored and joined to incidents. */
  | { readonly status: 'stored'; readonly article: string; readonly events: number; readonly newIncidents: number }
  /** The same article id with the same text is already stored: nothing changed. */
  | { readonly status: 'unchanged'; readonly article: string }
  /** The same text is stored under another id: only a duplicate row linked to it is recorded. */
  | { readonly status: 'duplicate'; readonly article: string; readonly duplicateOf: string }
  /** A lightly edited copy: stored with its events, linked to the original, not an independent source. */
  | { readonly status: 'near-duplicate'; readonly article: string; readonly duplicateOf: string; readonly similarity: number; readonly events: number; readonly newIncidents: number }
  /** The same article id with a new text: its text and extraction were replaced. */
  | { readonly status: 'updated'; readonly article: string; readonly change: ExtractionChange };

/** SaveOutcome's statuses. */
export type SaveStatus = SaveOutcome['status'];

/** Which events a replaced extraction added and removed (event ids `<article>#<event>`). */
export interface ExtractionChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Events identical in both extractions (same id, type, actors, date, place, modality, evidence). */
  readonly kept: number;
}

/** What `replaceExtraction` did. */
export type ReplaceOutcome =
  | ({ readonly status: 'replaced'; readonly article: string } & ExtractionChange)
  /** No stored article (original or near-duplicate) has this id: nothing was saved. */
  | { readonly status: 'not-stored'; readonly article: string };

/** An exact copy of a stored text, recorded without running extraction (see `recordDuplicate`). */
export interface DuplicateToSave {
  readonly article: { readonly id: string; readonly title: string | null; readonly published: string | null; readonly outlet: string | null; readonly url: string | null };
  readonly contentHash: string;
  readonly origin: string;
}

/** A stored article whose extraction was made by other code or data than the current ones. */
export interface ArticleToRecode {
  readonly id: string;
  readonly text: string;
  readonly contentHash: string;
  readonly origin: string;
  readonly provenance: Provenance;
}
