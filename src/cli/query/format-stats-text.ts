import type { StoreStats } from '../../storage/store-stats.js';

/** What each count means, in the order shown. */
const LABELS: readonly (readonly [keyof StoreStats, string])[] = [
  ['articles', 'articles (with their own extraction)'],
  ['nearDuplicates', '  of which edited copies'],
  ['duplicates', 'exact copies (counted, not stored again)'],
  ['rejections', 'rejected input items'],
  ['events', 'events'],
  ['incidents', 'incidents'],
  ['multiSourceIncidents', '  reported by 2+ independent sources'],
  ['actors', 'actors'],
];

/** Store counts for a terminal, one per line, numbers aligned. */
export function formatStatsText(stats: StoreStats): string {
  const labelWidth = Math.max(...LABELS.map(([, label]) => label.length));
  const numbers = LABELS.map(([key]) => stats[key].toLocaleString('en-US'));
  const numberWidth = Math.max(...numbers.map((n) => n.length));
  return LABELS.map(([, label], i) => `${label.padEnd(labelWidth)}  ${(numbers[i] ?? '').padStart(numberWidth)}`).join('\n');
}
