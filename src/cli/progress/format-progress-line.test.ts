import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatProgressLine, formatRate, formatSummaryLine } from './format-progress-line.js';
import type { ProgressSnapshot } from './progress-snapshot.js';

const snap = (over: Partial<ProgressSnapshot>): ProgressSnapshot => ({ label: 'ingest', done: 0, total: null, elapsed: 0, rate: 0, eta: null, counts: {}, ...over });

const RATES: readonly [number, string][] = [[0, '0.0/s'], [3.44, '3.4/s'], [9.96, '10/s'], [310.2, '310/s'], [12345.6, '12,346/s']];
for (const [rate, expected] of RATES) test(`rate ${rate} is "${expected}"`, () => assert.equal(formatRate(rate), expected));

test('counts have thousands separators', () => assert.equal(formatCount(1234567), '1,234,567'));

const LINES: readonly [string, ProgressSnapshot, string][] = [
  ['with a total: percentage and ETA',
    snap({ done: 1234, total: 5000, rate: 310.2, eta: 12.1, counts: { stored: 1100, duplicates: 80, rejected: 54 } }),
    'ingest 1,234/5,000 (24.7%) · 310/s · ETA 12s · stored 1,100 · duplicates 80 · rejected 54'],
  ['with a total but no rate yet', snap({ done: 0, total: 10 }), 'ingest 0/10 (0.0%) · 0.0/s · ETA ?'],
  ['without a total: elapsed time instead', snap({ done: 42, rate: 4.2, elapsed: 10 }), 'ingest 42 · 4.2/s · 10s'],
  ['a total of zero is done', snap({ done: 0, total: 0, eta: 0 }), 'ingest 0/0 (100%) · 0.0/s · ETA 0s'],
];
for (const [name, snapshot, expected] of LINES) test(name, () => assert.equal(formatProgressLine(snapshot), expected));

test('a line is cut to the terminal width so it never wraps', () => {
  const line = formatProgressLine(snap({ done: 1, total: 2, counts: { stored: 1, duplicates: 2, rejected: 3 } }), 30);
  assert.equal(line.length, 29);
  assert.ok(line.endsWith('…'));
});

test('the summary gives the average rate and merges the summary into the counters', () => {
  const line = formatSummaryLine(snap({ done: 5000, elapsed: 62, rate: 1, counts: { stored: 4900, events: 3 } }), { events: 12000, store: 'events.db' });
  assert.equal(line, 'ingest: 5,000 in 1m 02s (81/s) · stored 4,900 · events 12,000 · store events.db');
});
