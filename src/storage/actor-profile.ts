import type { ActorKey, ActorRecord, PloverType } from '../domain/index.js';

/** How many events of one type an actor (or its members) took part in during one month. */
export interface MonthlyCount {
  /** `YYYY-MM`; events dated only by year are left out. */
  readonly month: string;
  readonly type: PloverType;
  readonly events: number;
}

/** A counterpart of an actor and how many events they share. */
export interface Counterpart {
  readonly key: ActorKey;
  readonly name: string;
  readonly events: number;
}

/** An actor with its activity: events by type per month, main partners and adversaries. */
export interface ActorProfile {
  readonly actor: ActorRecord;
  /** Keys whose events count as the actor's: itself and its members. */
  readonly members: readonly ActorKey[];
  readonly monthly: readonly MonthlyCount[];
  /**
   * Counterparts (the other side of an event) in cooperative events, most events first, counted over
   * the actor's most recent 20 000 events (all of them for all but the very largest actors).
   */
  readonly partners: readonly Counterpart[];
  /** Counterparts in conflictual events, most events first. */
  readonly adversaries: readonly Counterpart[];
}
