import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExtraction, TEST_PLACES, type ArticleSpec, type EventSpec } from './build-document.js';
import { withStore, type ContractSubject } from './contract-subject.js';

const meeting: EventSpec = { type: 'CONSULT', source: ['TUR.DEF'], target: ['RUS.DEF'], date: '2022-12-28', place: TEST_PLACES.moscow };
const article = (id: string, outlet: string | null, events: readonly EventSpec[], over: Partial<ArticleSpec> = {}): ArticleSpec => ({ id, outlet, published: '2022-12-29', events, ...over });

/** Incidents: which reports merge, and what an incident keeps. */
export function registerIncidentTests(subject: ContractSubject): void {
  describe('incidents', () => {
    test('two outlets reporting one event make one incident with both dates side by side', () => withStore(subject, async (store) => {
      await store.saveExtraction(buildExtraction(article('a', 'Wire A', [meeting], { published: '2022-12-30' })));
      const b = await store.saveExtraction(buildExtraction(article('b', 'Paper B', [{ ...meeting, source: ['HULUSI_AKAR'], date: '2022-12-29', place: undefined }])));
      assert.ok(b.status === 'stored' && b.newIncidents === 0);
      const incidents = await store.queryIncidents({});
      assert.equal(incidents.length, 1);
      const [i] = incidents;
      assert.ok(i);
      assert.deepEqual([i.type, i.reports, i.independentSources, i.firstDate, i.lastDate], ['CONSULT', 2, 2, '2022-12-28', '2022-12-29']);
      assert.deepEqual(i.dates.map((d) => [d.value.value, d.events]), [['2022-12-29', ['b#e1']], ['2022-12-28', ['a#e1']]]);
      assert.deepEqual(i.places.map((p) => [p.value.name, p.events]), [['Moscow', ['a#e1']]]);
      assert.deepEqual(i.modalities.map((m) => [m.value, m.events.length]), [['asserted', 2]]);
      assert.deepEqual(i.firstReport, { event: 'b#e1', article: 'b', outlet: 'Paper B', published: '2022-12-29' });
      assert.deepEqual([i.source, i.target, i.events], [['HULUSI_AKAR', 'TUR.DEF'], ['RUS.DEF'], ['b#e1', 'a#e1']]);
      assert.deepEqual(await store.getIncident(i.id), i);
      assert.equal(await store.getIncident('999999'), null);
      assert.equal((await store.stats()).multiSourceIncidents, 1);
      assert.deepEqual((await store.queryEvents({ incident: i.id })).map((e) => e.id), ['a#e1', 'b#e1']);
    }));

    test('reports that agree on a date or a place are grouped, whatever their wording', () => withStore(subject, async (store) => {
      await store.saveBatch(['a', 'b', 'c'].map((id, i) => buildExtraction(article(id, `Outlet ${id}`, [{ ...meeting, date: i < 2 ? '2022-12-28' : '2022-12-27' }]))));
      const [incident] = await store.queryIncidents({});
      assert.deepEqual(incident?.dates.map((d) => [d.value.value, d.events]), [['2022-12-28', ['a#e1', 'b#e1']], ['2022-12-27', ['c#e1']]]);
      assert.deepEqual(incident?.places.map((p) => [p.value.name, p.events.length]), [['Moscow', 3]]);
    }));

    const apart: readonly [string, EventSpec][] = [
      ['another type', { ...meeting, type: 'AGREE' }],
      ['no actor in common', { ...meeting, source: ['SYR'], target: ['HTS'] }],
      ['siblings only (TUR.MIL vs TUR.DEF)', { ...meeting, source: ['TUR.MIL'], target: ['SYR'] }],
      ['three days later', { ...meeting, date: '2022-12-31' }],
      ['another month (month precision)', { ...meeting, date: '2023-01', precision: 'month' }],
      ['another country', { ...meeting, place: TEST_PLACES.ankara }],
    ];
    for (const [label, other] of apart) {
      test(`unrelated reports stay apart: ${label}`, () => withStore(subject, async (store) => {
        await store.saveBatch([buildExtraction(article('a', 'Wire A', [meeting])), buildExtraction(article('b', 'Paper B', [other]))]);
        assert.equal((await store.queryIncidents({})).length, 2);
        assert.equal((await store.stats()).multiSourceIncidents, 0);
      }));
    }

    const together: readonly [string, EventSpec][] = [
      ['parent as source (TUR ~ TUR.DEF)', { ...meeting, source: ['TUR'] }],
      ['reciprocal, told the other way round', { ...meeting, source: ['RUS.DEF'], target: ['TUR.DEF'] }],
      ['month precision containing the day', { ...meeting, date: '2022-12', precision: 'month' }],
      ['undated, published the day after', { ...meeting, date: null, place: undefined }],
    ];
    for (const [label, other] of together) {
      test(`matching reports join: ${label}`, () => withStore(subject, async (store) => {
        await store.saveBatch([buildExtraction(article('a', 'Wire A', [meeting])), buildExtraction(article('b', 'Paper B', [other]))]);
        const incidents = await store.queryIncidents({});
        assert.deepEqual(incidents.map((i) => [i.reports, i.independentSources]), [[2, 2]]);
      }));
    }

    test('daily reports do not chain into one long incident (day-precise reports at most 2 days apart)', () => withStore(subject, async (store) => {
      const days = ['2022-12-26', '2022-12-27', '2022-12-28', '2022-12-29', '2022-12-30'];
      await store.saveBatch(days.map((date, i) => buildExtraction(article(`d${i}`, `Outlet ${i}`, [{ ...meeting, date }], { published: date }))));
      assert.deepEqual((await store.queryIncidents({})).map((i) => i.events), [['d0#e1', 'd1#e1', 'd2#e1'], ['d3#e1', 'd4#e1']]);
    }));

    test('events of one article never share an incident; the same outlet counts once', () => withStore(subject, async (store) => {
      await store.saveExtraction(buildExtraction(article('a', 'Wire A', [meeting, { ...meeting, source: ['TUR'] }])));
      assert.equal((await store.queryIncidents({})).length, 2);
      await store.saveExtraction(buildExtraction(article('b', 'Wire A', [meeting])));
      const incidents = await store.queryIncidents({ minReports: 2 });
      assert.deepEqual(incidents.map((i) => [i.reports, i.independentSources]), [[2, 1]]);
      await store.saveExtraction(buildExtraction(article('c', null, [meeting])));
      assert.deepEqual((await store.queryIncidents({ minSources: 2 })).map((i) => [i.reports, i.independentSources]), [[3, 2]]);
    }));

    test('two events of one article that match the same incident do not both join it', () => withStore(subject, async (store) => {
      await store.saveExtraction(buildExtraction(article('a', 'Wire A', [meeting])));
      await store.saveExtraction(buildExtraction(article('b', 'Paper B', [meeting, { ...meeting, source: ['TUR'] }])));
      assert.deepEqual((await store.queryIncidents({})).map((i) => i.events), [['a#e1', 'b#e1'], ['b#e2']]);
    }));

    test('incident filters: actor with members, type, quad class, dates, country, sources', () => withStore(subject, async (store) => {
      await store.saveBatch([
        buildExtraction(article('a', 'Wire A', [meeting, { type: 'ASSAULT', source: ['TUR.MIL'], target: ['SDF'], date: '2023-02-10', place: TEST_PLACES.syria }])),
        buildExtraction(article('b', 'Paper B', [meeting])),
      ]);
      const rows: readonly [Parameters<typeof store.queryIncidents>[0], readonly string[]][] = [
        [{}, ['CONSULT', 'ASSAULT']],
        [{ actor: 'Turkey' }, ['CONSULT', 'ASSAULT']],
        [{ actor: 'SDF' }, ['ASSAULT']],
        [{ type: 'ASSAULT' }, ['ASSAULT']],
        [{ quadClass: ['verbal-cooperation'] }, ['CONSULT']],
        [{ from: '2023-01-01' }, ['ASSAULT']],
        [{ to: '2022-12-31' }, ['CONSULT']],
        [{ country: 'SYR' }, ['ASSAULT']],
        [{ minSources: 2 }, ['CONSULT']],
      ];
      for (const [filter, types] of rows) assert.deepEqual((await store.queryIncidents(filter)).map((i) => i.type), types, JSON.stringify(filter));
      assert.deepEqual((await store.queryIncidents({}, { limit: 1, offset: 1 })).map((i) => i.type), ['ASSAULT']);
    }));
  });
}
