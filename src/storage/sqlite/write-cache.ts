import { BoundedMap, type ActorKey, type ActorRecord } from '../../domain/index.js';
import { createLineage, type StoreLineage } from './create-lineage.js';
import type { StoredMatchEvent } from './load-match-events.js';
import type { SqliteContext } from './sqlite-context.js';

/**
 * What saves read again and again, kept in memory between the write transactions of one connection:
 * stored actors, memberOf edges, incident candidates and the events read for matching, and the next
 * event `seq`. It holds exactly what the tables hold, because every save updates it along with them.
 * It is forgotten when another connection commits (`sync` sees SQLite's `data_version` change),
 * when a write rolls back, and when events are removed.
 */
export interface WriteCache {
  /** Call first in every write transaction. */
  sync(ctx: SqliteContext): void;
  forget(): void;
  /** Stored actors by key, as `toActorFromRow` reads them; a key not here may still be stored. */
  readonly actors: BoundedMap<ActorKey, ActorRecord>;
  /** The newest reports (event seqs, newest first) per candidate key (see assign-incident.ts); a key not here was not read yet. */
  readonly candidates: BoundedMap<string, number[]>;
  /** Events as incident matching sees them, by seq. */
  readonly matchEvents: BoundedMap<number, StoredMatchEvent>;
  /** Lineages over all memberOf edges. */
  lineage(ctx: SqliteContext): StoreLineage;
  /** Records a memberOf edge just inserted into `actor_members`. */
  addMember(member: ActorKey, parent: ActorKey): void;
  /** The `seq` the next inserted event gets: one more than the largest stored, as SQLite assigns it. */
  takeSeq(ctx: SqliteContext): number;
}


/** An empty write cache. */
export function createWriteCache(): WriteCache {
  const actors = new BoundedMap<ActorKey, ActorRecord>(200_000);
  const candidates = new BoundedMap<string, number[]>(200_000);
  const matchEvents = new BoundedMap<number, StoredMatchEvent>(200_000);
  let version: number | null = null;
  let members: Map<ActorKey, ActorKey[]> | null = null;
  let lineage: StoreLineage | null = null;
  let lastSeq: number | null = null;
  const cache: WriteCache = {
    actors, candidates, matchEvents,
    sync(ctx) {
      const now = ctx.get<{ data_version: number }>('PRAGMA data_version')?.data_version ?? null;
      if (now !== version) cache.forget();
      version = now;
    },
    forget() {
      actors.clear();
      candidates.clear();
      matchEvents.clear();
      members = null;
      lineage = null;
      lastSeq = null;
    },
    lineage(ctx) {
      if (members === null) {
        const loaded = new Map<ActorKey, ActorKey[]>();
        for (const r of ctx.all<{ member: string; parent: string }>('SELECT member, parent FROM actor_members ORDER BY member, parent')) {
          const parents = loaded.get(r.member);
          if (parents) parents.push(r.parent); else loaded.set(r.member, [r.parent]);
        }
        members = loaded;
      }
      const edges = members;
      lineage ??= createLineage((key) => edges.get(key) ?? []);
      return lineage;
    },
    addMember(member, parent) {
      if (members === null) return; // read in full when next needed
      const parents = members.get(member) ?? [];
      members.set(member, [...parents, parent].sort());
      lineage = null;
    },
    takeSeq(ctx) {
      lastSeq ??= ctx.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM events')?.seq ?? 0;
      return ++lastSeq;
    },
  };
  return cache;
}
