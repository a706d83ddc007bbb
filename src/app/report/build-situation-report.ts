import type { ActorKey, EventRecord, IncidentRecord, PloverType } from '../../domain/index.js';
import type { EventStore } from '../../storage/event-store.js';
import type { ActiveActor, ActorPair, SituationReport } from './situation-report.js';

/** Options for `buildSituationReport`. */
export interface SituationReportOptions {
  /** Rows per section; default 10. */
  readonly top?: number;
  /** Pairs need at least this many events to rank as most conflictual or cooperative; default 1. */
  readonly minPairEvents?: number;
}

const PAGE = 10_000;

/**
 * Builds the situation report from a store in one pass over its events: the most active actors,
 * events by type, the largest incidents with their sources, and the most conflictual and most
 * cooperative pairs (multi-party events counted once per source-target pair).
 */
export async function buildSituationReport(store: EventStore, options: SituationReportOptions = {}): Promise<SituationReport> {
  const top = options.top ?? 10;
  const minPairEvents = options.minPairEvents ?? 1;
  const names = new Map<ActorKey, string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listActors({ limit: PAGE, offset });
    for (const a of page) names.set(a.key, a.name);
    if (page.length < PAGE) break;
  }
  const actorEvents = new Map<ActorKey, number>();
  const types = new Map<PloverType, number>();
  const pairs = new Map<string, { a: ActorKey; b: ActorKey; events: number; goldstein: number }>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for await (const e of store.iterateEvents({})) {
    types.set(e.type, (types.get(e.type) ?? 0) + 1);
    for (const key of new Set([...e.source, ...e.target])) actorEvents.set(key, (actorEvents.get(key) ?? 0) + 1);
    countPairs(pairs, e);
    const day = e.date.value;
    if (day) {
      if (firstDate === null || day < firstDate) firstDate = day;
      if (lastDate === null || day > lastDate) lastDate = day;
    }
  }
  const actor = (key: ActorKey): ActiveActor => ({ key, name: names.get(key) ?? key, events: actorEvents.get(key) ?? 0 });
  const ranked: ActorPair[] = [...pairs.values()].filter((p) => p.events >= minPairEvents)
    .map((p) => ({ a: actor(p.a), b: actor(p.b), events: p.events, meanGoldstein: p.goldstein / p.events }));
  const incidents = await largestIncidents(store, top);
  return {
    stats: await store.stats(), firstDate, lastDate, names,
    actors: [...actorEvents.keys()].map(actor).sort((x, y) => y.events - x.events).slice(0, top),
    types: [...types].map(([type, events]) => ({ type, events })).sort((x, y) => y.events - x.events),
    incidents,
    conflictual: ranked.filter((p) => p.meanGoldstein < 0).sort((x, y) => x.meanGoldstein * x.events - y.meanGoldstein * y.events).slice(0, top),
    cooperative: ranked.filter((p) => p.meanGoldstein > 0).sort((x, y) => y.meanGoldstein * y.events - x.meanGoldstein * x.events).slice(0, top),
  };
}

/** Source-target pairs of an event, each pair in a fixed key order so that A->B and B->A add up. */
function countPairs(pairs: Map<string, { a: ActorKey; b: ActorKey; events: number; goldstein: number }>, e: EventRecord): void {
  if (e.goldstein === null) return;
  for (const s of e.source) {
    for (const t of e.target) {
      if (s === t) continue;
      const [a, b] = s < t ? [s, t] : [t, s];
      const key = `${a}\u0000${b}`;
      const pair = pairs.get(key) ?? { a, b, events: 0, goldstein: 0 };
      pair.events++;
      pair.goldstein += e.goldstein;
      pairs.set(key, pair);
    }
  }
}

/** Incidents with the most independent sources, then the most reports. */
async function largestIncidents(store: EventStore, top: number): Promise<IncidentRecord[]> {
  const found = [...await store.queryIncidents({ minReports: 2 }, { limit: PAGE })];
  if (found.length < top) found.push(...(await store.queryIncidents({}, { limit: PAGE })).filter((i) => i.reports < 2));
  return found.sort((x, y) => y.independentSources - x.independentSources || y.reports - x.reports).slice(0, top);
}
