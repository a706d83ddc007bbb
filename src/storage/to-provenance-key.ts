import type { Provenance } from '../domain/index.js';

/** A canonical text of a provenance (stages sorted by name), equal exactly when two provenances are. */
export function toProvenanceKey(p: Provenance): string {
  const stages = Object.keys(p.stages).sort().map((name) => [name, p.stages[name]]);
  return JSON.stringify({ version: p.version, stages, knowledgeBase: p.knowledgeBase });
}
