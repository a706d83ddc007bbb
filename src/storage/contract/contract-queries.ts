import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventStore } from '../event-store.js';
import type { EventFilter } from '../event-filter.js';
import { buildExtraction, TEST_PLACES } from './build-document.js';
import { withStore, type ContractSubject } from './contract-subject.js';

/** Three articles, seven events: enough to tell every filter apart. */
const CORPUS = [
  buildExtraction({ id: 'q1', outlet: 'Wire A', published: '2023-01-10', events: [
    { type: 'CONSULT', source: ['HULUSI_AKAR'], target: ['SERGEI_SHOIGU'], date: '2023-01-09', place: TEST_PLACES.moscow, evidence: 'Akar held talks with Shoigu in Moscow about Syrian airspace.' },
    { type: 'ASSAULT', source: ['TUR.MIL'], target: ['SDF'], attributedTo: ['SYR'], modality: 'reported', date: '2023-01-08', place: TEST_PLACES.syria, evidence: 'Turkish jets struck Kurdish fighters near Kobani, Damascus said.' },
  ] }),
  buildExtraction({ id: 'q2', outlet: 'Paper B', published: '2023-02-15', events: [
    { type: 'ACCUSE', source: ['RUS'], target: ['TUR'], date: '2023-02-14', evidence: 'Russia accused Turkey of stalling the agreement.' },
    { type: 'AGREE', source: ['TUR'], target: ['RUS'], date: '2023-02', precision: 'month', modality: 'intended', place: TEST_PLACES.ankara, evidence: 'Turkey intends to sign a grain deal with Russia this month.' },
  ] }),
  buildExtraction({ id: 'q3', outlet: 'Paper B', published: '2023-03-01', events: [
    { type: 'PROTEST', source: ['~textile merchants'], target: ['TUR.DEF'], place: TEST_PLACES.ankara, evidence: 'Textile merchants protested outside the ministry in Ankara.' },
    { type: 'ASSAULT', source: ['HTS'], target: ['SYR'], place: TEST_PLACES.syria, evidence: 'Hayat Tahrir al-Sham fighters attacked government positions.' },
    { type: 'CONSULT', source: ['TUR', 'RUS'], evidence: 'Turkey and Russia held talks on Wednesday.' },
  ] }),
];

const ALL = ['q1#e2', 'q1#e1', 'q2#e2', 'q2#e1', 'q3#e1', 'q3#e2', 'q3#e3'];
const TURKEY = ['q1#e2', 'q1#e1', 'q2#e2', 'q2#e1', 'q3#e1', 'q3#e3'];

const FILTERS: readonly [string, EventFilter, readonly string[]][] = [
  ['no filter: all, by date', {}, ALL],
  ['actor by name includes members', { actor: 'Turkey' }, TURKEY],
  ['actor by alias, accents ignored', { actor: 'turkiye' }, TURKEY],
  ['actor by key, with its members', { actor: 'tur.def' }, ['q1#e1', 'q3#e1']],
  ['actor as source only', { actor: 'Turkey', actorSide: 'source' }, ['q1#e2', 'q1#e1', 'q2#e2', 'q3#e3']],
  ['a claimant is not a participant', { actor: 'Syria' }, ['q3#e2']],
  ['guessed actor by name', { actor: 'Textile Merchants' }, ['q3#e1']],
  ['unknown actor', { actor: 'Atlantis' }, []],
  ['actor kind', { actorKind: 'person' }, ['q1#e1']],
  ['actor kinds', { actorKind: ['group', 'armed_group'] }, ['q1#e2', 'q3#e1', 'q3#e2']],
  ['actor country', { actorCountry: 'RUS' }, ['q1#e1', 'q2#e2', 'q2#e1', 'q3#e3']],
  ['event country', { country: 'SYR' }, ['q1#e2', 'q3#e2']],
  ['type', { type: 'ASSAULT' }, ['q1#e2', 'q3#e2']],
  ['types', { type: ['CONSULT', 'AGREE'] }, ['q1#e1', 'q2#e2', 'q3#e3']],
  ['quad class', { quadClass: 'verbal-conflict' }, ['q2#e1']],
  ['quad classes', { quadClass: ['material-conflict'] }, ['q1#e2', 'q3#e1', 'q3#e2']],
  ['modality', { modality: 'reported' }, ['q1#e2']],
  ['modalities', { modality: ['intended', 'negated'] }, ['q2#e2']],
  ['from: a month-precise date overlaps', { from: '2023-02-10' }, ['q2#e2', 'q2#e1', 'q3#e1', 'q3#e2', 'q3#e3']],
  ['to', { to: '2023-01-31' }, ['q1#e2', 'q1#e1']],
  ['one day', { from: '2023-02-14', to: '2023-02-14' }, ['q2#e2', 'q2#e1']],
  ['place name, any case', { place: 'ankara' }, ['q2#e2', 'q3#e1']],
  ['bbox around Moscow', { bbox: [37, 55, 38, 56] }, ['q1#e1']],
  ['bbox over Syria', { bbox: [35, 32, 42, 37] }, ['q1#e2', 'q3#e2']],
  ['outlet', { outlet: 'Paper B' }, ['q2#e2', 'q2#e1', 'q3#e1', 'q3#e2', 'q3#e3']],
  ['text, one word', { text: 'Shoigu' }, ['q1#e1']],
  ['text, all words needed', { text: 'grain deal' }, ['q2#e2']],
  ['text, any case and order', { text: 'KOBANI jets' }, ['q1#e2']],
  ['text with query syntax is taken literally', { text: 'talks AND (NOT' }, []],
  ['text, no match', { text: 'zeppelin' }, []],
  ['article', { article: 'q2' }, ['q2#e2', 'q2#e1']],
  ['combined filters', { actor: 'Turkey', type: 'ASSAULT', country: 'SYR' }, ['q1#e2']],
];

/** Queries: every event filter, paging, actors, profiles and dyad series. */
export function registerQueryTests(subject: ContractSubject): void {
  describe('queries', () => {
    let store: EventStore;
    before(async () => {
      store = (await subject.open()).store;
      await store.saveBatch(CORPUS);
    });
    after(() => store.close());

    for (const [label, filter, expected] of FILTERS) {
      test(`queryEvents: ${label}`, async () => {
        assert.deepEqual((await store.queryEvents(filter)).map((e) => e.id), expected);
        assert.equal(await store.countEvents(filter), expected.length);
      });
    }

    test('queryEvents: paging and a malformed date', async () => {
      assert.deepEqual((await store.queryEvents({}, { limit: 2, offset: 1 })).map((e) => e.id), ['q1#e1', 'q2#e2']);
      assert.deepEqual(await store.queryEvents({}, { limit: 0 }), []);
      await assert.rejects(store.queryEvents({ from: '2023-02-30' }), (e: Error & { code?: string }) => e.code === 'input/date');
    });

    test('iterateEvents: every matching event in storage order', async () => {
      const seen: string[] = [];
      for await (const e of store.iterateEvents({ outlet: 'Paper B' })) seen.push(e.id);
      assert.deepEqual(seen, ['q2#e1', 'q2#e2', 'q3#e1', 'q3#e2', 'q3#e3']);
      const turkey: string[] = [];
      for await (const e of store.iterateEvents({ actor: 'Turkey' })) turkey.push(e.id);
      assert.deepEqual(turkey.sort(), [...TURKEY].sort());
    });

    const lookups: readonly [string, readonly string[]][] = [
      ['Türkiye', ['TUR']], ['TURKEY', ['TUR']], ['Akar', ['HULUSI_AKAR']], ['TUR.DEF', ['TUR.DEF']],
      ['textile  merchants', ['~textile merchants']], ['nobody', []],
    ];
    for (const [name, keys] of lookups) {
      test(`findActors(${JSON.stringify(name)})`, async () => assert.deepEqual((await store.findActors(name)).map((a) => a.key), keys));
    }

    test('listActors: by key, paged; guessed actors marked', async () => {
      assert.deepEqual((await store.listActors({ limit: 3 })).map((a) => a.key), ['HTS', 'HULUSI_AKAR', 'RUS']);
      const all = await store.listActors();
      assert.equal(all.length, 11);
      assert.deepEqual(all.filter((a) => a.guessed).map((a) => a.key), ['~textile merchants']);
    });

    test('actorProfile: events per month and type, partners and adversaries, members included', async () => {
      const p = await store.actorProfile('TUR');
      assert.ok(p);
      assert.deepEqual(p.members, ['HULUSI_AKAR', 'TUR', 'TUR.DEF', 'TUR.MIL']);
      assert.deepEqual(p.monthly.map((m) => [m.month, m.type, m.events]), [
        ['2023-01', 'ASSAULT', 1], ['2023-01', 'CONSULT', 1], ['2023-02', 'ACCUSE', 1], ['2023-02', 'AGREE', 1], ['2023-03', 'CONSULT', 1], ['2023-03', 'PROTEST', 1],
      ]);
      assert.deepEqual(p.partners.map((c) => [c.key, c.events]), [['RUS', 1], ['SERGEI_SHOIGU', 1]]);
      assert.deepEqual(p.adversaries.map((c) => [c.key, c.name, c.events]), [['RUS', 'Russia', 1], ['SDF', 'Syrian Democratic Forces', 1], ['~textile merchants', 'Textile merchants', 1]]);
      assert.equal(await store.actorProfile('NOPE'), null);
    });

    const series: readonly [string, 'day' | 'week' | 'month', readonly (readonly [string, string, number, number | null])[]][] = [
      ['month', 'month', [['2023-01', 'a->b', 1, 1], ['2023-02', 'a->b', 1, 3], ['2023-02', 'b->a', 1, -2], ['2023-03', 'mutual', 1, 1]]],
      ['week (month-precise events left out)', 'week', [['2023-01-09', 'a->b', 1, 1], ['2023-02-13', 'b->a', 1, -2], ['2023-02-27', 'mutual', 1, 1]]],
      ['day', 'day', [['2023-01-09', 'a->b', 1, 1], ['2023-02-14', 'b->a', 1, -2], ['2023-03-01', 'mutual', 1, 1]]],
    ];
    for (const [label, by, expected] of series) {
      test(`dyadSeries TUR-RUS by ${label}`, async () => {
        const rows = await store.dyadSeries('TUR', 'RUS', by);
        assert.deepEqual(rows.map((r) => [r.period, r.direction, r.events, r.meanGoldstein]), expected);
      });
    }

    test('iterateEvents: more events than any page holds, each exactly once', () => withStore(subject, async (own) => {
      const day = (i: number): string => new Date(Date.UTC(2020, 0, 1 + (i * 7) % 1000)).toISOString().slice(0, 10);
      await own.saveBatch(Array.from({ length: 110 }, (_, i) => buildExtraction({ id: `it${i}`, published: day(i), events: Array.from({ length: 10 }, (_, k) => ({
        type: k % 2 === 0 ? 'CONSULT' : 'ACCUSE', source: [k % 3 === 0 ? 'RUS' : 'HULUSI_AKAR'], target: ['SYR'], date: day(i + k),
      })) })));
      for (const filter of [{}, { actor: 'Turkey' }, { type: 'ACCUSE' as const }]) {
        const ids: string[] = [];
        for await (const e of own.iterateEvents(filter)) ids.push(e.id);
        assert.equal(ids.length, await own.countEvents(filter), JSON.stringify(filter));
        assert.equal(new Set(ids).size, ids.length, JSON.stringify(filter));
      }
      assert.equal(await own.countEvents({}), 1100);
    }));

    test('actorProfile: events within the family have no counterpart', () => withStore(subject, async (own) => {
      await own.saveExtraction(buildExtraction({ id: 'f', events: [
        { type: 'COOPERATE', source: ['HULUSI_AKAR'], target: ['TUR.MIL'] }, { type: 'COOPERATE', source: ['TUR.MIL'], target: ['SYR'] },
      ] }));
      const p = await own.actorProfile('TUR');
      assert.deepEqual([p?.partners.map((c) => c.key), p?.adversaries], [['SYR'], []]);
      assert.deepEqual((await own.actorProfile('TUR.MIL'))?.partners.map((c) => c.key), ['HULUSI_AKAR', 'SYR']);
    }));

    test('dyadSeries: counts per type and quad class', async () => {
      const [jan] = await store.dyadSeries('TUR', 'RUS', 'month');
      assert.deepEqual([jan?.types, jan?.quadClasses], [{ CONSULT: 1 }, { 'verbal-cooperation': 1 }]);
      assert.deepEqual(await store.dyadSeries('TUR', 'HTS', 'month'), []);
    });
  });
}
