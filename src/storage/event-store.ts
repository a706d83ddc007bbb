import type {
  ActorKey, ActorRecord, ArticleRecord, ArticleView, EventRecord, IncidentRecord, Provenance, RejectionRecord,
} from '../domain/index.js';
import type { ActorProfile } from './actor-profile.js';
import type { DyadInterval, DyadPeriod } from './dyad-period.js';
import type { ArticleFilter, EventFilter, IncidentFilter, Page } from './event-filter.js';
import type { ToSave } from './prepare-extraction.js';
import type { ArticleToRecode, DuplicateToSave, ReplaceOutcome, SaveOutcome } from './save-outcome.js';
import type { StoreStats } from './store-stats.js';

/**
 * Where extracted articles, actors, events and incidents are kept and queried. Every method is
 * asynchronous so that a PostgreSQL implementation fits; every save is one transaction, so a
 * crash leaves the store as it was before or after it. Implementations: `sqlite/` (and later
 * `postgres/`), all checked by `contract/event-store-contract.ts`.
 */
export interface EventStore {
  /**
   * Saves one extraction: article, text, document, actors, events and incident assignment, atomically.
   * It may come prepared ahead (`prepareExtraction`, e.g. in the thread that extracted it).
   */
  saveExtraction(x: ToSave): Promise<SaveOutcome>;
  /** Saves several extractions in one transaction: all are saved or, if one throws, none. */
  saveBatch(xs: readonly ToSave[]): Promise<readonly SaveOutcome[]>;
  /** Records an exact copy of a stored text without its extraction; throws when no article has that hash. */
  recordDuplicate(x: DuplicateToSave): Promise<SaveOutcome>;
  /** Whether any article (original or copy) with this text hash is stored: extraction can be skipped. */
  hasArticle(contentHash: string): Promise<boolean>;
  /** Whether this article id is stored with this text hash: saving it again would change nothing. */
  isStored(articleId: string, contentHash: string): Promise<boolean>;
  /** Re-saves the extraction of a stored article (after a pipeline or knowledge-base change). */
  replaceExtraction(x: ToSave): Promise<ReplaceOutcome>;
  /**
   * Stored articles whose extraction was made with another provenance than this one, by id. A recoded
   * article drops out of the list, so callers page with offset 0 (plus the number they skipped).
   */
  listArticlesNeedingRecode(current: Provenance, page?: Page): Promise<readonly ArticleToRecode[]>;

  /** Records an input item that could not be stored; saving the same origin and code again changes nothing. */
  saveRejection(r: RejectionRecord): Promise<void>;
  listRejections(page?: Page): Promise<readonly RejectionRecord[]>;

  /** Events matching a filter, by date then storage order. */
  queryEvents(filter: EventFilter, page?: Page): Promise<readonly EventRecord[]>;
  countEvents(filter: EventFilter): Promise<number>;
  /** Every event matching a filter once, read page by page (for exports): by date when filtered by one actor, else in storage order. */
  iterateEvents(filter: EventFilter): AsyncIterable<EventRecord>;
  /** Incidents matching a filter, by first day. */
  queryIncidents(filter: IncidentFilter, page?: Page): Promise<readonly IncidentRecord[]>;
  getIncident(id: string): Promise<IncidentRecord | null>;

  /** Actors whose key, name or an alias is this text (case and accents ignored). */
  findActors(nameOrAlias: string): Promise<readonly ActorRecord[]>;
  listActors(page?: Page): Promise<readonly ActorRecord[]>;
  /** An actor with its events per month and type, partners and adversaries (members included); null if unknown. */
  actorProfile(key: ActorKey): Promise<ActorProfile | null>;
  /** Events between two actors (members included) per period, in both directions. */
  dyadSeries(a: ActorKey, b: ActorKey, by: DyadInterval): Promise<readonly DyadPeriod[]>;

  /** An article with its text, actors, events, quotes and diagnostics; null if unknown. */
  getArticle(id: string): Promise<ArticleView | null>;
  listArticles(filter: ArticleFilter, page?: Page): Promise<readonly ArticleRecord[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
