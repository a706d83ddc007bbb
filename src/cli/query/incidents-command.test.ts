import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError, type IncidentRecord } from '../../domain/index.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep incidents (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());

  test('on a terminal: a table with reports, sources, first report, and the disagreements marked', async () => {
    const { out } = await runQuery(['incidents', '--db', store.path], { isTTY: true });
    const meeting = out.split('\n').find((l) => l.includes('CONSULT')) ?? '';
    assert.match(meeting, /2022-12-28\.\.2022-12-29 +CONSULT +Hulusi Akar \+ Sergei Shoi.* 2 +2 +Reuters 2022-12-29 +dates, places$/);
    assert.match(out, /^6 incidents \(each report: sitrep events --incident ID\)$/m);
  });

  test('--min-sources 2: only the corroborated meeting, in JSON lines off a terminal', async () => {
    const { out } = await runQuery(['incidents', '--min-sources', '2', '--db', store.path]);
    const incidents = out.trim().split('\n').map((l) => JSON.parse(l) as IncidentRecord);
    assert.deepEqual(incidents.map((i) => [i.type, i.reports, i.independentSources]), [['CONSULT', 2, 2]]);
  });

  test('filters: --actor, --type, --quad, --from/--to, --country, --min-reports', async () => {
    const run = async (...flags: string[]): Promise<string[]> =>
      (JSON.parse((await runQuery(['incidents', ...flags, '--format', 'json', '--db', store.path])).out) as IncidentRecord[]).map((i) => i.type);
    assert.deepEqual(await run('--actor', 'SDF'), ['ASSAULT', 'ACCUSE']);
    assert.deepEqual(await run('--type', 'agree,threaten'), ['AGREE', 'THREATEN']);
    assert.deepEqual(await run('--quad', 'verbal-conflict'), ['ACCUSE', 'THREATEN']);
    assert.deepEqual(await run('--from', '2023-01', '--to', '2023-01-04'), ['AGREE']);
    assert.deepEqual(await run('--country', 'RUS', '--min-reports', '2'), ['CONSULT']);
  });

  test('--format csv: a header and a row per incident', async () => {
    const { out } = await runQuery(['incidents', '--format', 'csv', '--db', store.path]);
    assert.equal(out.split('\r\n').length, 8);
  });

  test('--min-sources 0 is a usage error', async () => {
    await assert.rejects(runQuery(['incidents', '--min-sources', '0', '--db', store.path]), (err: unknown) => err instanceof SitrepError && err.code === 'usage');
  });
});
