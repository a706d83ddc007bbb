import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress, type ProgressOptions } from './create-progress.js';

/** A fake clock and stream: `advance(ms)` moves time; `writes` collects what was written. */
function harness(over: Partial<ProgressOptions> & { isTTY?: boolean } = {}) {
  let time = 1000;
  const writes: string[] = [];
  const stream = { isTTY: over.isTTY ?? false, columns: 200, write: (chunk: string) => writes.push(chunk) };
  const progress = createProgress({ stream, label: 'ingest', now: () => time, ...over });
  return { progress, writes, advance: (ms: number) => { time += ms; } };
}

test('on a terminal: the first tick draws at once, then at most once per interval', () => {
  const { progress, writes, advance } = harness({ isTTY: true, total: 100 });
  progress.tick(); // drawn at once
  for (let i = 0; i < 9; i++) { advance(20); progress.tick(); } // 180 ms: throttled
  assert.equal(writes.length, 1);
  advance(20);
  progress.tick(1, { stored: 1 }); // 200 ms after the first draw
  assert.equal(writes.length, 2);
  assert.equal(writes[1], '\r' + 'ingest 11/100 (11.0%) · 55/s · ETA 2s · stored 1' + '\x1b[K');
});

test('on a terminal: counters add up, messages go above the line, done ends it with a newline', () => {
  const { progress, writes, advance } = harness({ isTTY: true });
  progress.tick(1, { stored: 1, events: 2 });
  progress.tick(1, { rejected: 1 });
  progress.print('sitrep: line 7: not JSON');
  assert.deepEqual(writes.slice(1), ['\r\x1b[Ksitrep: line 7: not JSON\n', '\ringest 2 · 0.0/s · 0s · stored 1 · events 2 · rejected 1\x1b[K']);
  advance(4000);
  progress.done({ duplicates: 0 });
  assert.equal(writes.at(-1), '\ringest: 2 in 4s (0.5/s) · stored 1 · events 2 · rejected 1 · duplicates 0\x1b[K\n');
  progress.tick();
  progress.done();
  assert.equal(writes.length, 4);
});

test('not a terminal: a JSON line every interval (5 s by default), and a JSON summary', () => {
  const { progress, writes, advance } = harness({ total: 1000 });
  for (let i = 0; i < 49; i++) { advance(100); progress.tick(2); }
  assert.equal(writes.length, 0);
  advance(100);
  progress.tick(2, { events: 5 });
  assert.equal(writes.length, 1);
  assert.deepEqual(JSON.parse(writes[0] ?? ''), { progress: { label: 'ingest', done: 100, total: 1000, elapsed: 5, rate: 20, eta: 45, counts: { events: 5 } } });
  progress.done({ rejected: 0 });
  assert.deepEqual(JSON.parse(writes[1] ?? ''), { summary: { label: 'ingest', done: 100, total: 1000, elapsed: 5, rate: 20, counts: { events: 5, rejected: 0 } } });
});

test('quiet writes nothing, but still counts', () => {
  const { progress, writes, advance } = harness({ isTTY: true, quiet: true });
  progress.tick(5);
  advance(10_000);
  progress.tick(5);
  progress.done();
  assert.deepEqual(writes, []);
});

test('the interval can be set', () => {
  const { progress, writes, advance } = harness({ interval: 1000 });
  advance(999);
  progress.tick();
  advance(1);
  progress.tick();
  assert.equal(writes.length, 1);
});

test('a total set during the run adds the percentage and an ETA', () => {
  const lines: string[] = [];
  let time = 0;
  const progress = createProgress({ stream: { write: (c: string) => lines.push(c), isTTY: false }, label: 'ingest', interval: 1000, now: () => time });
  time = 1000;
  progress.tick(10);
  assert.equal((JSON.parse(lines.at(-1) ?? '{}') as { progress: { total: unknown } }).progress.total, null);
  progress.setTotal(40);
  time = 2000;
  progress.tick(10);
  const last = JSON.parse(lines.at(-1) ?? '{}') as { progress: { total: number; eta: number | null } };
  assert.equal(last.progress.total, 40);
  assert.ok(last.progress.eta !== null && last.progress.eta > 0, `eta ${last.progress.eta}`);
});
