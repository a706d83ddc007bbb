import type Database from 'better-sqlite3';
import { SitrepError, type ActorKey, type ActorRecord, type ArticleRecord, type ArticleView, type EventRecord, type IncidentRecord, type Provenance, type RejectionRecord } from '../../domain/index.js';
import type { ActorProfile } from '../actor-profile.js';
import type { DyadInterval, DyadPeriod } from '../dyad-period.js';
import type { ArticleFilter, EventFilter, IncidentFilter, Page } from '../event-filter.js';
import type { EventStore } from '../event-store.js';
import type { ToSave } from '../prepare-extraction.js';
import { resolvePage } from '../resolve-page.js';
import type { ArticleToRecode, DuplicateToSave, ReplaceOutcome, SaveOutcome } from '../save-outcome.js';
import type { StoreStats } from '../store-stats.js';
import { openSqliteDatabase, refreshStatistics } from './open-sqlite-database.js';
import { readActorProfile } from './read-actor-profile.js';
import { findActors, listActors } from './read-actors.js';
import { readArticleView } from './read-article-view.js';
import { listArticles, listArticlesNeedingRecode } from './read-articles.js';
import { readDyadSeries } from './read-dyad-series.js';
import { readIncidents } from './read-incidents.js';
import { readStats } from './read-stats.js';
import { countEvents, queryEvents, readEventsAfter, type EventCursor } from './query-events.js';
import { queryIncidents } from './query-incidents.js';
import { recordDuplicate, replaceExtraction, saveExtraction } from './save-extraction.js';
import { listRejections, saveRejection } from './save-rejection.js';
import { createSqliteContext, type SqliteContext } from './sqlite-context.js';
import { createWriteCache, type WriteCache } from './write-cache.js';

/** Events read per page by `iterateEvents` (exported so tests can cross page boundaries). */
export const ITERATE_PAGE = 500;

/** The event store on one SQLite file (WAL mode) or in memory; synchronous inside, async at the interface. */
export class SqliteEventStore implements EventStore {
  private readonly ctx: SqliteContext;
  private readonly cache: WriteCache = createWriteCache();

  constructor(db: Database.Database) {
    this.ctx = createSqliteContext(db);
  }

  private write<T>(fn: () => T): T {
    try {
      return this.ctx.db.transaction(() => {
        this.cache.sync(this.ctx);
        return fn();
      }).immediate();
    } catch (err) {
      this.cache.forget(); // what was cached during the rolled-back write is not stored
      throw err;
    }
  }

  async saveExtraction(x: ToSave): Promise<SaveOutcome> { return this.write(() => saveExtraction(this.ctx, this.cache, x)); }
  async saveBatch(xs: readonly ToSave[]): Promise<readonly SaveOutcome[]> { return this.write(() => xs.map((x) => saveExtraction(this.ctx, this.cache, x))); }
  async recordDuplicate(x: DuplicateToSave): Promise<SaveOutcome> {
    const outcome = this.write(() => recordDuplicate(this.ctx, x));
    if (outcome) return outcome;
    throw new SitrepError('internal', `recordDuplicate(${x.article.id}) found no stored article with hash ${x.contentHash} (or the id is stored with another text); expected a hash for which hasArticle() is true. Save the extraction instead.`);
  }
  async hasArticle(contentHash: string): Promise<boolean> { return this.ctx.get('SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1', [contentHash]) !== undefined; }
  async isStored(articleId: string, contentHash: string): Promise<boolean> {
    return this.ctx.get('SELECT 1 FROM articles WHERE id = ? AND content_hash = ?', [articleId, contentHash]) !== undefined;
  }
  async replaceExtraction(x: ToSave): Promise<ReplaceOutcome> { return this.write(() => replaceExtraction(this.ctx, this.cache, x)); }
  async listArticlesNeedingRecode(current: Provenance, page?: Page): Promise<readonly ArticleToRecode[]> {
    const { limit, offset } = resolvePage(page);
    return listArticlesNeedingRecode(this.ctx, current, limit, offset);
  }

  async saveRejection(r: RejectionRecord): Promise<void> { this.write(() => saveRejection(this.ctx, r)); }
  async listRejections(page?: Page): Promise<readonly RejectionRecord[]> { const p = resolvePage(page); return listRejections(this.ctx, p.limit, p.offset); }

  async queryEvents(filter: EventFilter, page?: Page): Promise<readonly EventRecord[]> { const p = resolvePage(page); return queryEvents(this.ctx, filter, p.limit, p.offset); }
  async countEvents(filter: EventFilter): Promise<number> { return countEvents(this.ctx, filter); }
  async *iterateEvents(filter: EventFilter): AsyncIterable<EventRecord> {
    // Keyset paging: each page is its own short read, so saves may run between pages.
    for (let after: EventCursor | null = null; ;) {
      const page = readEventsAfter(this.ctx, filter, after, ITERATE_PAGE);
      yield* page.events;
      if (page.next === null || page.events.length < ITERATE_PAGE) return;
      after = page.next;
    }
  }
  async queryIncidents(filter: IncidentFilter, page?: Page): Promise<readonly IncidentRecord[]> { const p = resolvePage(page); return queryIncidents(this.ctx, filter, p.limit, p.offset); }
  async getIncident(id: string): Promise<IncidentRecord | null> {
    return /^\d+$/.test(id) ? (readIncidents(this.ctx, [Number(id)])[0] ?? null) : null;
  }

  async findActors(nameOrAlias: string): Promise<readonly ActorRecord[]> { return findActors(this.ctx, nameOrAlias); }
  async listActors(page?: Page): Promise<readonly ActorRecord[]> { const p = resolvePage(page); return listActors(this.ctx, p.limit, p.offset); }
  async actorProfile(key: ActorKey): Promise<ActorProfile | null> { return readActorProfile(this.ctx, key); }
  async dyadSeries(a: ActorKey, b: ActorKey, by: DyadInterval): Promise<readonly DyadPeriod[]> { return readDyadSeries(this.ctx, a, b, by); }

  async getArticle(id: string): Promise<ArticleView | null> { return readArticleView(this.ctx, id); }
  async listArticles(filter: ArticleFilter, page?: Page): Promise<readonly ArticleRecord[]> { const p = resolvePage(page); return listArticles(this.ctx, filter, p.limit, p.offset); }
  async stats(): Promise<StoreStats> { return readStats(this.ctx); }
  async close(): Promise<void> {
    if (!this.ctx.db.open) return;
    refreshStatistics(this.ctx.db, 'optimize');
    this.ctx.db.close();
  }
}

/** Opens (creating and migrating if needed) an SQLite event store at a path, or `:memory:`. */
export function createSqliteEventStore(path: string): SqliteEventStore {
  return new SqliteEventStore(openSqliteDatabase(path));
}
