import type { ActorKey, IncidentRecord, PloverType } from '../../domain/index.js';
import type { StoreStats } from '../../storage/store-stats.js';

/** An actor and how many events it took part in (as source or target). */
export interface ActiveActor {
  readonly key: ActorKey;
  readonly name: string;
  readonly events: number;
}

/** A pair of actors with their events and mean Goldstein score (-10 conflict .. +10 cooperation). */
export interface ActorPair {
  readonly a: ActiveActor;
  readonly b: ActiveActor;
  readonly events: number;
  readonly meanGoldstein: number;
}

/** The situation report the main job prints: who is active, what happens, the biggest stories. */
export interface SituationReport {
  readonly stats: StoreStats;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly actors: readonly ActiveActor[];
  readonly types: readonly { readonly type: PloverType; readonly events: number }[];
  readonly incidents: readonly IncidentRecord[];
  readonly conflictual: readonly ActorPair[];
  readonly cooperative: readonly ActorPair[];
  /** Names of actors by key, for showing incidents. */
  readonly names: ReadonlyMap<ActorKey, string>;
}
