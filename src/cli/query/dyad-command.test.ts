import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../../domain/index.js';
import type { DyadPeriod } from '../../storage/dyad-period.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep dyad (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('table by month: both directions and joint action, members included', async () => {
    const { out } = await runQuery(['dyad', 'Turkey', 'Russia', '--db', store.path], { isTTY: true });
    assert.deepEqual(out.trimEnd().split('\n'), [
      'A = Turkey (TUR), B = Russia (RUS); A + B: both on the source side',
      'period   direction  events  types      v.coop  m.coop  v.conf  m.conf  goldstein',
      '2022-12  A -> B          1  CONSULT 1       1                                1.0',
      '2022-12  A + B           1  CONSULT 1       1                                1.0',
      '2023-01  A -> B          1  AGREE 1         1                                3.0',
    ]);
  });

  test('json by day, off a terminal', async () => {
    const result = JSON.parse((await runQuery(['dyad', 'Akar', 'RUS', '--by', 'day', '--db', store.path])).out) as { a: { key: string }; by: string; periods: DyadPeriod[] };
    assert.equal(result.a.key, 'HULUSI_AKAR');
    assert.equal(result.by, 'day');
    assert.deepEqual(result.periods.map((p) => [p.period, p.direction, p.events]), [['2022-12-28', 'mutual', 1]]);
  });

  test('csv by week', async () => {
    const { out } = await runQuery(['dyad', 'TUR', 'RUS', '--by', 'week', '--format', 'csv', '--db', store.path]);
    const rows = out.split('\r\n').slice(1, -1).map((l) => l.split(',').slice(0, 5).join(','));
    assert.deepEqual(rows, ['2022-12-26,a->b,TUR,RUS,1', '2022-12-26,mutual,TUR,RUS,1', '2023-01-02,a->b,TUR,RUS,1']);
  });

  test('--by year is a usage error naming day, week, month', async () => {
    await assert.rejects(runQuery(['dyad', 'TUR', 'RUS', '--by', 'year', '--db', store.path]), (err: unknown) => err instanceof SitrepError && err.code === 'usage' && err.message.includes('day, week, month'));
  });
});
