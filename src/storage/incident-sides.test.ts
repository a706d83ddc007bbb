import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIncidentSides, type ReportSide } from './incident-sides.js';

const s = (actor: string): ReportSide => ({ side: 'source', actor });
const t = (actor: string): ReportSide => ({ side: 'target', actor });

test('an incident puts each actor on the side most of its reports give it', () => {
  // "Akar met Shoigu" twice, "Shoigu hosted Akar" once
  assert.deepEqual(toIncidentSides([s('AKAR'), t('SHOIGU'), s('AKAR'), t('SHOIGU'), s('SHOIGU'), t('AKAR')]), { source: ['AKAR'], target: ['SHOIGU'] });
});

test('on a tie an actor stays on the side it was first seen on, and order is first seen', () => {
  assert.deepEqual(toIncidentSides([s('TUR'), t('SYR'), s('SYR'), t('TUR'), t('RUS')]), { source: ['TUR'], target: ['SYR', 'RUS'] });
});

test('an incident without reports has no actors', () => {
  assert.deepEqual(toIncidentSides([]), { source: [], target: [] });
});
