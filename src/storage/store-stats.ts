/** What a store holds, as `sitrep stats` shows it. */
export interface StoreStats {
  /** Stored articles with their own extraction (originals and near-duplicates). */
  readonly articles: number;
  /** Exact copies, recorded but not stored again. */
  readonly duplicates: number;
  readonly nearDuplicates: number;
  readonly rejections: number;
  readonly events: number;
  readonly incidents: number;
  /** Incidents reported by at least two independent sources. */
  readonly multiSourceIncidents: number;
  readonly actors: number;
}
