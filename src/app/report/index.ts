/** The situation report of a store: the main job's closing summary. */
export { buildSituationReport, type SituationReportOptions } from './build-situation-report.js';
export type { ActiveActor, ActorPair, SituationReport } from './situation-report.js';
export { loadActorLookup, writeExports } from './write-exports.js';
