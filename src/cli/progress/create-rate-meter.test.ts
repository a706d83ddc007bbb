import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRateMeter } from './create-rate-meter.js';

test('the rate is over the window, following a run that slows down', () => {
  const meter = createRateMeter(10_000);
  meter.record(0, 0);
  assert.equal(meter.rate(0, 0), 0);
  for (let s = 1; s <= 10; s++) meter.record(s * 1000, s * 100); // 100/s for 10 s
  assert.equal(meter.rate(10_000, 1000), 100);
  for (let s = 11; s <= 20; s++) meter.record(s * 1000, 1000 + (s - 10) * 10); // then 10/s
  assert.equal(meter.rate(20_000, 1100), 10);
});

test('before the window is full, the rate is since the first sample', () => {
  const meter = createRateMeter(10_000);
  meter.record(0, 0);
  meter.record(2000, 50);
  assert.equal(meter.rate(4000, 100), 25);
});
