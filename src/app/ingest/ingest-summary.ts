/** What one ingest run did, as the CLI's closing summary and `--json` report show it. */
export interface IngestSummary {
  /** Input items read (articles and unreadable items). */
  read: number;
  /** New articles stored with their extraction. */
  stored: number;
  /** Items already stored with the same text: nothing was added. */
  unchanged: number;
  /** Exact copies of a stored text under another id: recorded and linked, not extracted again. */
  duplicates: number;
  /** Lightly edited copies: stored, linked to their original, not independent sources. */
  nearDuplicates: number;
  /** Stored ids whose text changed: re-extracted and replaced. */
  updated: number;
  /** Items that could not be stored, by reason code. */
  rejected: Record<string, number>;
  /** Events stored by this run, and incidents it opened. */
  events: number;
  newIncidents: number;
  seconds: number;
}

/** An empty summary to count into. */
export function createIngestSummary(): IngestSummary {
  return { read: 0, stored: 0, unchanged: 0, duplicates: 0, nearDuplicates: 0, updated: 0, rejected: {}, events: 0, newIncidents: 0, seconds: 0 };
}

/** The number of rejected items over all reasons. */
export function countRejected(summary: IngestSummary): number {
  return Object.values(summary.rejected).reduce((a, b) => a + b, 0);
}
