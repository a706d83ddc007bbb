import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExtraction, TEST_PLACES, TEST_PROVENANCE, type EventSpec } from './build-document.js';
import { withStore, type ContractSubject } from './contract-subject.js';

const meeting: EventSpec = { type: 'CONSULT', source: ['TUR.DEF'], target: ['RUS.DEF'], date: '2022-12-28', place: TEST_PLACES.moscow };
const strike: EventSpec = { type: 'ASSAULT', source: ['TUR.MIL'], target: ['SDF'], date: '2022-12-27', place: TEST_PLACES.syria };
const NEXT = { ...TEST_PROVENANCE, knowledgeBase: 'kb-test-2' };

/** Recoding: finding stale extractions and replacing them with incidents kept consistent. */
export function registerRecodeTests(subject: ContractSubject): void {
  describe('recode', () => {
    test('articles made with other code or data are listed for recode, copies are not', () => withStore(subject, async (store) => {
      const a = buildExtraction({ id: 'a', events: [meeting] });
      await store.saveBatch([a, { ...a, document: { ...a.document, article: { ...a.document.article, id: 'a-copy' } } }, buildExtraction({ id: 'b', events: [strike], provenance: NEXT })]);
      assert.deepEqual(await store.listArticlesNeedingRecode(TEST_PROVENANCE), [
        { id: 'b', text: (await store.getArticle('b'))?.text, contentHash: (await store.getArticle('b'))?.article.contentHash, origin: 'test/b.json', provenance: NEXT },
      ]);
      assert.deepEqual((await store.listArticlesNeedingRecode(NEXT)).map((r) => [r.id, r.provenance.knowledgeBase, r.text === a.text]), [['a', 'kb-test-1', true]]);
      const reordered = { ...TEST_PROVENANCE, stages: { events: '1', actors: '1' } };
      assert.deepEqual((await store.listArticlesNeedingRecode(reordered)).map((r) => r.id), ['b']);
    }));

    test('replaceExtraction reports added, removed and kept events and keeps incidents consistent', () => withStore(subject, async (store) => {
      await store.saveBatch([
        buildExtraction({ id: 'a', outlet: 'Wire A', events: [meeting, strike] }),
        buildExtraction({ id: 'b', outlet: 'Paper B', events: [meeting] }),
      ]);
      assert.deepEqual((await store.queryIncidents({ minSources: 2 })).map((i) => i.reports), [2]);
      const recoded = buildExtraction({ id: 'b', outlet: 'Paper B', events: [{ ...meeting, type: 'AGREE' }], provenance: NEXT });
      const outcome = await store.replaceExtraction({ ...recoded, text: (await store.getArticle('b'))?.text ?? '' });
      assert.deepEqual(outcome, { status: 'replaced', article: 'b', added: ['b#e1'], removed: ['b#e1'], kept: 0 });
      const incidents = await store.queryIncidents({});
      assert.deepEqual(incidents.map((i) => [i.type, i.reports, i.independentSources, i.events]), [
        ['ASSAULT', 1, 1, ['a#e2']], ['CONSULT', 1, 1, ['a#e1']], ['AGREE', 1, 1, ['b#e1']],
      ]);
      assert.equal((await store.stats()).multiSourceIncidents, 0);
      assert.deepEqual((await store.getArticle('b'))?.provenance, NEXT);
      assert.deepEqual((await store.listArticlesNeedingRecode(NEXT)).map((r) => r.id), ['a']);

      const same = buildExtraction({ id: 'a', outlet: 'Wire A', events: [meeting, strike], provenance: NEXT });
      assert.deepEqual(await store.replaceExtraction(same), { status: 'replaced', article: 'a', added: [], removed: [], kept: 2 });
      // Incident ids are not kept across a recode; the grouping is.
      assert.deepEqual((await store.queryIncidents({})).map((i) => i.events.join()).sort(), ['a#e1', 'a#e2', 'b#e1']);
      assert.deepEqual(await store.listArticlesNeedingRecode(NEXT), []);
      assert.deepEqual(await store.replaceExtraction(buildExtraction({ id: 'zzz', events: [] })), { status: 'not-stored', article: 'zzz' });
    }));

    test('a recode that fails midway leaves the old extraction in place', () => withStore(subject, async (store) => {
      const a = buildExtraction({ id: 'a', events: [meeting] });
      await store.saveExtraction(a);
      const [first] = a.document.events;
      assert.ok(first);
      const broken = { ...a, document: { ...a.document, events: [first, { ...first, id: first.id, target: [first.source[0] ?? first.id, 'a404' as typeof first.id] }] } };
      await assert.rejects(store.replaceExtraction(broken as typeof a));
      assert.deepEqual((await store.queryEvents({})).map((e) => e.id), ['a#e1']);
      assert.deepEqual((await store.queryIncidents({})).map((i) => i.reports), [1]);
    }));
  });
}
