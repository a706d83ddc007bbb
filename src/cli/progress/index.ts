/** The progress reporter of long runs: a line in place on a terminal, JSON lines otherwise. */
export { createProgress, type Progress, type ProgressOptions, type ProgressStream } from './create-progress.js';
export { formatDuration } from './format-duration.js';
export { formatCount, formatProgressLine, formatRate, formatSummaryLine } from './format-progress-line.js';
export { toProgressRecord, toSummaryRecord, type ProgressRecord } from './to-progress-record.js';
export type { ProgressSnapshot } from './progress-snapshot.js';
