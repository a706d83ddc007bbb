import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toProgressRecord, toSummaryRecord } from './to-progress-record.js';

const snapshot = { label: 'ingest', done: 1234, total: 5000, elapsed: 4.04, rate: 310.26, eta: 12.6, counts: { stored: 1100 } };

test('a progress record rounds seconds and rates', () => {
  assert.equal(JSON.stringify(toProgressRecord(snapshot)),
    '{"progress":{"label":"ingest","done":1234,"total":5000,"elapsed":4,"rate":310.3,"eta":13,"counts":{"stored":1100}}}');
});

test('a summary record has the average rate and the summary among the counters', () => {
  assert.deepEqual(toSummaryRecord({ ...snapshot, elapsed: 10 }, { rejected: 3 }),
    { summary: { label: 'ingest', done: 1234, total: 5000, elapsed: 10, rate: 123.4, counts: { stored: 1100, rejected: 3 } } });
});
