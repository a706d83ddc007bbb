import type { DayRange } from '../day-range.js';
import { DAY_SLACK, fitsIncident, isIncidentMatch, type MatchEvent } from '../is-incident-match.js';
import type { StoredEvent } from '../to-stored-event.js';
import { readIncidentSpans } from './incident-rows.js';
import type { ArticleContext } from './insert-event.js';
import { loadMatchEvents } from './load-match-events.js';
import type { SqliteContext } from './sqlite-context.js';
import type { WriteCache } from './write-cache.js';

/**
 * Most recent candidate reports read per (root actor, type, week): bounds the work for a new event
 * even when thousands of reports share a root and a week (a big story, or a benchmark repeating one).
 */
export const CANDIDATES_PER_KEY = 60;

/** Where a new event belongs, and what indexes it for later reports. */
export interface IncidentPlan {
  /** The incident to join, or null for a new one. */
  readonly incident: number | null;
  readonly type: string;
  /** The top-most actors its sources and targets belong to. */
  readonly roots: readonly string[];
  readonly window: DayRange | null;
}

/** The week buckets (day number / 7) that a range of days touches. */
function toBuckets(first: number, last: number): number[] {
  const out: number[] = [];
  for (let b = Math.floor(first / 7); b <= Math.floor(last / 7); b++) out.push(b);
  return out;
}

function toCandidateKey(root: string, type: string, bucket: number): string {
  return `${root}\u0000${type}\u0000${bucket}`;
}

/** Earlier reports sharing a root actor, the type and a week with the window: a superset of the matches. */
function findCandidates(ctx: SqliteContext, cache: WriteCache, type: string, roots: readonly string[], window: DayRange): number[] {
  const seqs = new Set<number>();
  for (const root of roots) {
    for (const bucket of toBuckets(window.first - DAY_SLACK, window.last + DAY_SLACK)) {
      const key = toCandidateKey(root, type, bucket);
      let events = cache.candidates.get(key);
      if (!events) {
        events = ctx.all<{ event: number }>(
          'SELECT event FROM event_match_keys WHERE root = ? AND type = ? AND bucket = ? ORDER BY event DESC LIMIT ?',
          [root, type, bucket, CANDIDATES_PER_KEY]).map((r) => r.event);
        cache.candidates.set(key, events);
      }
      for (const seq of events) seqs.add(seq);
    }
  }
  return [...seqs];
}

/**
 * Chooses the incident a new event joins: the one with most reports matching it (INCIDENTS.md),
 * then the oldest, skipping `used` (incidents its article already joined) and incidents it would
 * stretch too far in time (`fitsIncident`); null when none is left.
 */
export function planIncident(ctx: SqliteContext, cache: WriteCache, e: StoredEvent, article: ArticleContext, used: ReadonlySet<number>): IncidentPlan {
  const lineage = cache.lineage(ctx);
  const match: MatchEvent = { article: article.id, type: e.type, source: e.source, target: e.target, date: e.date, published: article.published, location: e.location };
  const window = e.window;
  const roots = [...new Set([...e.source, ...e.target].flatMap((k) => lineage.roots(k)))];
  const votes = new Map<number, number>();
  for (const c of window ? loadMatchEvents(ctx, findCandidates(ctx, cache, e.type, roots, window), cache.matchEvents) : []) {
    if (c.incident === null || used.has(c.incident) || !isIncidentMatch(match, c.match, lineage.ancestors)) continue;
    votes.set(c.incident, (votes.get(c.incident) ?? 0) + 1);
  }
  const spans = readIncidentSpans(ctx, [...votes.keys()]);
  let best: number | null = null;
  for (const [id, n] of votes) {
    const span = spans.get(id);
    if (span && !fitsIncident(span, match)) continue;
    if (best === null || n > (votes.get(best) ?? 0) || (n === votes.get(best) && id < best)) best = id;
  }
  return { incident: best, type: e.type, roots, window };
}

/** Indexes a stored event by root actor, type and week so that later reports find it. */
export function indexForMatching(ctx: SqliteContext, cache: WriteCache, seq: number, plan: IncidentPlan): void {
  if (!plan.window) return;
  for (const root of plan.roots) {
    for (const bucket of toBuckets(plan.window.first, plan.window.last)) {
      ctx.run('INSERT OR IGNORE INTO event_match_keys (root, type, bucket, event) VALUES (?, ?, ?, ?)', [root, plan.type, bucket, seq]);
      // the newest event of its key: first in a list read before, which keeps its length
      const key = toCandidateKey(root, plan.type, bucket);
      const events = cache.candidates.get(key);
      if (events) cache.candidates.set(key, [seq, ...events].slice(0, CANDIDATES_PER_KEY));
    }
  }
}
