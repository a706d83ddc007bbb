import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toActorId, type ExtractionToSave } from '../../domain/index.js';
import type { EventStore } from '../event-store.js';
import { prepareExtraction } from '../prepare-extraction.js';
import { buildExtraction, TEST_PLACES } from './build-document.js';
import { withStore, type ContractSubject } from './contract-subject.js';
import { SAMPLE_TEXTS } from './sample-texts.js';

const talks = (id: string, over: Partial<Parameters<typeof buildExtraction>[0]> = {}): ExtractionToSave => buildExtraction({
  id, outlet: 'Wire A', published: '2022-12-29',
  events: [
    { type: 'CONSULT', source: ['HULUSI_AKAR'], target: ['SERGEI_SHOIGU'], date: '2022-12-28', place: TEST_PLACES.moscow },
    { type: 'ASSAULT', source: ['TUR.MIL'], target: ['SDF'], date: '2022-12-27', place: TEST_PLACES.syria, attributedTo: ['SDF'], modality: 'reported' },
  ],
  ...over,
});

/** Saving: outcomes, duplicates, rejections, atomicity and durability. */
export function registerSavingTests(subject: ContractSubject): void {
  describe('saving', () => {
    test('save and read back an article with its events, actors and quotes', () => withStore(subject, async (store) => {
      const x = talks('art-1');
      assert.deepEqual(await store.saveExtraction(x), { status: 'stored', article: 'art-1', events: 2, newIncidents: 2 });
      const view = await store.getArticle('art-1');
      assert.ok(view);
      assert.deepEqual([view.article.id, view.article.outlet, view.article.contentHash, view.article.duplicateOf, view.text], ['art-1', 'Wire A', x.contentHash, null, x.text]);
      assert.deepEqual(view.events.map((e) => [e.id, e.type, e.source, e.target, e.attributedTo, e.date.value, e.location?.name ?? null, e.modality]), [
        ['art-1#e1', 'CONSULT', ['HULUSI_AKAR'], ['SERGEI_SHOIGU'], [], '2022-12-28', 'Moscow', 'asserted'],
        ['art-1#e2', 'ASSAULT', ['TUR.MIL'], ['SDF'], ['SDF'], '2022-12-27', 'Syria', 'reported'],
      ]);
      assert.ok(view.events.every((e) => e.incident !== null && e.outlet === 'Wire A' && e.published === '2022-12-29'));
      assert.deepEqual(view.events[0]?.evidence.map((v) => v.text), [x.document.events[0]?.evidence?.text]);
      assert.deepEqual(view.actors.map((a) => a.key).sort(), ['HULUSI_AKAR', 'RUS', 'RUS.DEF', 'SDF', 'SERGEI_SHOIGU', 'TUR', 'TUR.DEF', 'TUR.MIL']);
      assert.deepEqual(view.actors.find((a) => a.key === 'HULUSI_AKAR')?.memberOf, ['TUR.DEF']);
      assert.equal(view.quotes[0]?.speakerKey, 'HULUSI_AKAR');
      assert.deepEqual(view.diagnostics.map((d) => d.code), ['actor/unknown']);
      assert.deepEqual(view.provenance, x.document.sitrep);
      assert.equal(await store.getArticle('nope'), null);
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.events, stats.incidents, stats.actors, stats.duplicates], [1, 2, 2, 8, 0]);
    }));

    test('re-saving the same article changes nothing', () => withStore(subject, async (store) => {
      const x = talks('art-1');
      assert.equal(await store.isStored('art-1', x.contentHash), false);
      await store.saveExtraction(x);
      const before = await store.stats();
      assert.deepEqual(await store.saveExtraction(x), { status: 'unchanged', article: 'art-1' });
      assert.deepEqual(await store.saveBatch([x, x]), [{ status: 'unchanged', article: 'art-1' }, { status: 'unchanged', article: 'art-1' }]);
      assert.deepEqual(await store.stats(), before);
      assert.equal(await store.isStored('art-1', x.contentHash), true);
      assert.equal(await store.isStored('art-1', 'other-hash'), false);
      assert.equal(await store.hasArticle(x.contentHash), true);
    }));

    test('an exact duplicate under another id is recorded, linked and counted, not stored again', () => withStore(subject, async (store) => {
      const x = talks('art-1');
      await store.saveExtraction(x);
      const copy = { ...x, document: { ...x.document, article: { ...x.document.article, id: 'art-2', outlet: 'Wire B' } }, origin: 'feed-b' };
      assert.deepEqual(await store.saveExtraction(copy), { status: 'duplicate', article: 'art-2', duplicateOf: 'art-1' });
      assert.deepEqual(await store.saveExtraction(copy), { status: 'unchanged', article: 'art-2' });
      assert.deepEqual(await store.recordDuplicate({ article: { ...copy.document.article, id: 'art-3' }, contentHash: x.contentHash, origin: 'feed-c' }),
        { status: 'duplicate', article: 'art-3', duplicateOf: 'art-1' });
      await assert.rejects(store.recordDuplicate({ article: { ...copy.document.article, id: 'art-4' }, contentHash: 'unknown', origin: 'feed-d' }));
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.duplicates, stats.events], [1, 2, 2]);
      assert.deepEqual((await store.listArticles({ kind: 'duplicate' })).map((a) => [a.id, a.duplicateOf, a.outlet]), [['art-2', 'art-1', 'Wire B'], ['art-3', 'art-1', 'Wire B']]);
      assert.deepEqual((await store.listArticles({ duplicateOf: 'art-1' })).map((a) => a.id), ['art-2', 'art-3']);
      const view = await store.getArticle('art-2');
      assert.deepEqual([view?.article.duplicateOf, view?.text, view?.events.length], ['art-1', x.text, 0]);
      assert.equal(await store.isStored('art-2', x.contentHash), true);
    }));

    test('a near-duplicate is stored with its events, linked, and adds no independent source', () => withStore(subject, async (store) => {
      const event = { type: 'CONSULT' as const, source: ['TUR.DEF'], target: ['RUS.DEF'], date: '2022-12-28', place: TEST_PLACES.moscow };
      await store.saveExtraction(buildExtraction({ id: 'wire', outlet: 'Wire A', text: SAMPLE_TEXTS.wire, events: [event] }));
      const near = await store.saveExtraction(buildExtraction({ id: 'copy', outlet: 'Daily B', text: SAMPLE_TEXTS.wireEdited, events: [event] }));
      assert.equal(near.status, 'near-duplicate');
      assert.ok(near.status === 'near-duplicate' && near.duplicateOf === 'wire' && near.similarity >= 0.7 && near.events === 1 && near.newIncidents === 0);
      const other = await store.saveExtraction(buildExtraction({ id: 'other', outlet: 'Paper C', text: SAMPLE_TEXTS.otherStory, events: [event] }));
      assert.equal(other.status, 'stored');
      const [incident, ...rest] = await store.queryIncidents({});
      assert.equal(rest.length, 0);
      assert.deepEqual([incident?.reports, incident?.independentSources], [3, 2]);
      assert.equal((await store.getArticle('copy'))?.article.duplicateOf, 'wire');
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.nearDuplicates, stats.duplicates, stats.events, stats.multiSourceIncidents], [3, 1, 0, 3, 1]);
    }));

    test('the same id with a new text replaces the stored extraction', () => withStore(subject, async (store) => {
      await store.saveExtraction(talks('art-1'));
      const changed = talks('art-1', { text: 'A corrected text of the article.', events: [{ type: 'AGREE', source: ['TUR'], target: ['RUS'] }] });
      const outcome = await store.saveExtraction(changed);
      assert.deepEqual(outcome, { status: 'updated', article: 'art-1', change: { added: ['art-1#e1'], removed: ['art-1#e1', 'art-1#e2'], kept: 0 } });
      assert.deepEqual((await store.queryEvents({})).map((e) => e.type), ['AGREE']);
      assert.deepEqual([(await store.stats()).incidents, (await store.getArticle('art-1'))?.text], [1, 'A corrected text of the article.']);
    }));

    test('an actor later learned to belong to another: its earlier events count for the new parent', () => withStore(subject, async (store) => {
      await store.saveExtraction(buildExtraction({ id: 'early', events: [{ type: 'ASSAULT', source: ['SDF'], target: ['HTS'] }] }));
      assert.deepEqual(await store.countEvents({ actor: 'Syria' }), 0);
      const later = buildExtraction({ id: 'later', published: '2023-03-01', events: [{ type: 'ACCUSE', source: ['SDF'], target: ['SYR'] }] });
      const syria = later.document.actors.find((a) => a.entry === 'SYR');
      assert.ok(syria);
      const actors = later.document.actors.map((a) => (a.entry === 'SDF' ? { ...a, memberOf: syria.id } : a));
      await store.saveExtraction({ ...later, document: { ...later.document, actors } });
      assert.deepEqual((await store.queryEvents({ actor: 'Syria', actorSide: 'source' })).map((e) => e.id), ['early#e1', 'later#e1']);
      assert.deepEqual((await store.findActors('SDF'))[0]?.memberOf, ['SYR']);
    }));

    test('undated events count on their publication day; a name two actors share finds both', () => withStore(subject, async (store) => {
      await store.saveBatch([
        buildExtraction({ id: 'u', published: '2023-05-10', events: [{ type: 'THREATEN', source: ['~akar'], target: ['SDF'], date: null }] }),
        buildExtraction({ id: 'y', published: '2023-05-12', events: [{ type: 'ACCUSE', source: ['HULUSI_AKAR'], target: ['SDF'], date: '2022', precision: 'year' }] }),
        buildExtraction({ id: 'd', published: '2023-05-20', events: [{ type: 'ACCUSE', source: ['SDF'], target: ['HTS'], date: '2023-05-01' }] }),
      ]);
      assert.deepEqual((await store.queryEvents({})).map((e) => e.id), ['d#e1', 'u#e1', 'y#e1']);
      assert.deepEqual((await store.queryEvents({ from: '2023-05-10', to: '2023-05-12' })).map((e) => [e.id, e.date.value]), [['u#e1', null], ['y#e1', '2022']]);
      assert.deepEqual((await store.queryEvents({ to: '2022-12-31' })).map((e) => e.id), []);
      assert.deepEqual((await store.findActors('Akar')).map((a) => a.key), ['HULUSI_AKAR', '~akar']);
      assert.deepEqual((await store.queryEvents({ actor: 'akar' })).map((e) => e.id), ['u#e1', 'y#e1']);
      assert.equal(await store.countEvents({ actor: 'akar', from: '2023-05-11' }), 1);
      assert.deepEqual((await store.queryIncidents({ actor: 'akar' })).map((i) => i.events), [['u#e1'], ['y#e1']]);
    }));

    test('rejections are saved once per origin and code', () => withStore(subject, async (store) => {
      const r = { origin: 'feed.jsonl:3', code: 'article/empty', message: 'no text', at: '2024-01-01T00:00:00.000Z' };
      await store.saveRejection(r);
      await store.saveRejection({ ...r, at: '2024-01-02T00:00:00.000Z' });
      await store.saveRejection({ ...r, code: 'article/not-english' });
      assert.deepEqual((await store.listRejections()).map((x) => [x.origin, x.code, x.at]), [
        ['feed.jsonl:3', 'article/empty', '2024-01-01T00:00:00.000Z'], ['feed.jsonl:3', 'article/not-english', '2024-01-01T00:00:00.000Z'],
      ]);
      assert.equal((await store.stats()).rejections, 2);
    }));

    test('a save that fails midway leaves nothing behind, alone or in a batch', () => withStore(subject, async (store) => {
      const good = talks('art-1');
      const [first] = good.document.events;
      assert.ok(first);
      // The second event names an actor the document lacks: the store throws after writing the first.
      const broken = talks('art-2', { events: [] });
      const bad: ExtractionToSave = { ...broken, document: { ...good.document, article: { ...good.document.article, id: 'art-2' },
        events: [first, { ...first, id: first.id, source: [toActorId('a99')] }] }, contentHash: 'hash-of-art-2' };
      await assert.rejects(store.saveExtraction(bad));
      await assert.rejects(store.saveBatch([good, talks('art-3', { published: '2023-05-01' }), bad]));
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.events, stats.incidents, stats.actors], [0, 0, 0, 0]);
      assert.equal(await store.hasArticle('hash-of-art-2'), false);
      assert.equal(await store.hasArticle(good.contentHash), false);
      assert.equal((await store.saveExtraction(good)).status, 'stored');
    }));

    test('an extraction prepared ahead (and posted from another thread) saves as the extraction itself does', async () => {
      const xs = [talks('art-1'), talks('art-2', { outlet: 'Wire B' }), talks('art-3', { published: '2023-06-01' })];
      const read = async (store: EventStore): Promise<unknown> => {
        const articles = await Promise.all(['art-1', 'art-2', 'art-3'].map(async (id) => {
          const view = await store.getArticle(id);
          return view && { ...view, article: { ...view.article, storedAt: null } };
        }));
        return [articles, await store.queryEvents({}), await store.queryIncidents({}), await store.listActors(), await store.stats()];
      };
      const [plain, prepared] = [await subject.open(), await subject.open()];
      try {
        await plain.store.saveBatch(xs);
        // structuredClone: what a worker's postMessage delivers (a Uint8Array where a Buffer was)
        await prepared.store.saveBatch(xs.map((x) => ({ prepared: structuredClone(prepareExtraction(x.document, x.text)), text: x.text, contentHash: x.contentHash, origin: x.origin })));
        assert.deepEqual(await read(prepared.store), await read(plain.store));
      } finally {
        await plain.store.close();
        await prepared.store.close();
      }
    });

    test('a batch saves every item in order, seeing earlier items', () => withStore(subject, async (store) => {
      const a = talks('art-1');
      const copy = { ...a, document: { ...a.document, article: { ...a.document.article, id: 'art-2' } } };
      assert.deepEqual((await store.saveBatch([a, copy, talks('art-3', { published: '2023-06-01', events: [] })])).map((o) => o.status), ['stored', 'duplicate', 'stored']);
    }));

    test('a store that outlives close() keeps its data when reopened', (t) => withStore(subject, async (store, opened) => {
      if (!opened.reopen) {
        t.skip('this store does not outlive close()');
        return;
      }
      await store.saveExtraction(talks('art-1'));
      await store.saveRejection({ origin: 'x', code: 'article/empty', message: 'm', at: '2024-01-01' });
      const again = await opened.reopen();
      try {
        const stats = await again.stats();
        assert.deepEqual([stats.articles, stats.events, stats.incidents, stats.rejections], [1, 2, 2, 1]);
        assert.equal((await again.saveExtraction(talks('art-1'))).status, 'unchanged');
        assert.equal((await again.getArticle('art-1'))?.events.length, 2);
      } finally {
        await again.close();
      }
    }));
  });
}
