import type { ActorKind, Modality, PloverType, QuadClass } from '../domain/index.js';

/** One value or several (any of them matches). */
export type OneOrMany<T> = T | readonly T[];

/** Which events a query returns; every given field must match (AND), lists match any member (OR). */
export interface EventFilter {
  /** A name, alias or key ("Turkey", "Türkiye", "TUR") of one or more actors; also matches their members (TUR.DEF, Hulusi Akar). */
  readonly actor?: string;
  /** Where the actor must appear; default either side (claimants are not participants). */
  readonly actorSide?: 'source' | 'target';
  /** Some source or target actor is of this kind. */
  readonly actorKind?: OneOrMany<ActorKind>;
  /** Some source or target actor belongs to this country (ISO3). */
  readonly actorCountry?: string;
  /** The event took place in this country (ISO3 of its location). */
  readonly country?: string;
  readonly type?: OneOrMany<PloverType>;
  readonly quadClass?: OneOrMany<QuadClass>;
  readonly modality?: OneOrMany<Modality>;
  /**
   * `YYYY-MM-DD`, inclusive: events whose days overlap [from, to]. An undated event, or one dated only
   * by a year, counts on its article's publication day; one with neither never matches.
   */
  readonly from?: string;
  readonly to?: string;
  /** Location name, case-insensitive ("Moscow"). */
  readonly place?: string;
  /** `[minLon, minLat, maxLon, maxLat]`; only events with coordinates match. */
  readonly bbox?: readonly [number, number, number, number];
  readonly outlet?: string;
  /** Words that must all occur in the evidence text (full-text search; no query syntax). */
  readonly text?: string;
  readonly article?: string;
  readonly incident?: string;
}

/** Which incidents a query returns. */
export interface IncidentFilter {
  readonly actor?: string;
  readonly type?: OneOrMany<PloverType>;
  readonly quadClass?: OneOrMany<QuadClass>;
  /** Incidents whose reports' days overlap [from, to]. */
  readonly from?: string;
  readonly to?: string;
  /** Some report places it in this country. */
  readonly country?: string;
  /** At least this many independent sources (2 = corroborated incidents). */
  readonly minSources?: number;
  readonly minReports?: number;
}

/** A page of results: at most `limit` (default 100, at most 10 000) after skipping `offset`. */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

/** Which stored articles a listing returns. */
export interface ArticleFilter {
  readonly kind?: ArticleKind;
  /** Copies of this article. */
  readonly duplicateOf?: string;
  readonly outlet?: string;
}

/** How an article is stored: an original, an edited copy with its own events, or an exact copy counted only. */
export const ARTICLE_KINDS = ['original', 'near-duplicate', 'duplicate'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
