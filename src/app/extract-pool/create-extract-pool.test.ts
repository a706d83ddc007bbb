import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError, toArticleId, type Article } from '../../domain/index.js';
import { ArticleExtractionError } from './article-extraction-error.js';
import { createExtractPool } from './create-extract-pool.js';
import { createInProcessExtractPool } from './create-in-process-extract-pool.js';
import { extractAll } from './extract-all.js';
import type { ExtractPool } from './extract-pool.js';
import { prepareDocument } from './prepare-document.js';
import { fromDocumentBlob } from '../../storage/document-blob.js';

// The real thing: worker threads started from the TypeScript sources (through tsx), each loading
// the knowledge base (about a second), compared with in-process extraction. One pool for the file.
const article = (id: string, text: string): Article => ({ id: toArticleId(id), title: null, text, published: '2023-01-02', outlet: null, url: null });
const ARTICLES = [
  article('talks', 'Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Sochi on Friday.'),
  article('strike', 'Syrian government forces shelled rebel positions in Idlib province on Tuesday, activists said.'),
  article('empty', '   '),
  article('french', 'Le président a rencontré le premier ministre à Paris pour discuter de la situation.'),
  article('quote', '"We will not accept this," the Iranian foreign minister said in Tehran, condemning the sanctions.'),
  article('protest', 'Thousands of protesters demonstrated in Baghdad against the government on Sunday.'),
];

let pool: ExtractPool;
let local: ExtractPool;
before(async () => {
  const starting = createExtractPool({ workers: 2 });
  local = createInProcessExtractPool(); // while the workers load theirs
  pool = await starting;
});
after(async () => {
  await pool.close();
  await local.close();
});

test('two workers return the documents of in-process extraction, in input order', async () => {
  const expected = await Promise.all(ARTICLES.map((a) => local.extract(a)));
  const outcomes = [];
  for await (const o of extractAll(pool, ARTICLES, (a) => ({ article: a }), { maxInFlight: 3 })) outcomes.push(o);
  assert.deepEqual(outcomes.map((o) => o.item.id), ARTICLES.map((a) => a.id));
  assert.deepEqual(outcomes.map((o) => (o.status === 'extracted' ? o.document : o.status)), expected);
  assert.ok(expected.some((doc) => doc.events.length > 0), 'the sample codes some events');
});

test('prepared in a worker, a document is what in-process preparation makes of it', async () => {
  const [first, , empty] = ARTICLES;
  assert.ok(first && empty);
  for (const a of [first, empty]) {
    const expected = prepareDocument(await local.extract(a), a.text);
    const prepared = await pool.prepare(a);
    // bytes compared as what they hold: a Buffer here, a Uint8Array from the worker
    const plain = ({ extraction: { document, signature, ...rest }, diagnostics }: typeof expected): unknown => (
      { rest, diagnostics, document: fromDocumentBlob(document), signature: signature && [...signature] });
    assert.deepEqual(plain(prepared), plain(expected));
  }
  // the blocking diagnostic travels; the many informational ones stay in the document
  assert.deepEqual((await pool.prepare(empty)).diagnostics.map((d) => d.code), ['article/empty']);
  assert.ok((await local.extract(first)).diagnostics.some((d) => d.severity === 'info'));
  assert.ok((await pool.prepare(first)).diagnostics.every((d) => d.severity !== 'info'));
});

test('the pool\'s provenance is the extractor\'s, loaded in the workers', () => {
  assert.equal(pool.workers, 2);
  assert.deepEqual(pool.provenance, local.provenance);
});

test('diagnostics found while reading travel with the article', async () => {
  const first = ARTICLES[0];
  assert.ok(first);
  const diagnostic = { code: 'article/empty', severity: 'warning', message: 'read diagnostic' } as const;
  const doc = await pool.extract(first, [diagnostic]);
  assert.deepEqual(doc.diagnostics[0], diagnostic);
});

test('an exception on one odd article fails that article only, in either pool', async () => {
  const odd = { ...article('odd', ''), text: 42 } as unknown as Article;
  for (const p of [pool, local]) {
    const results = await Promise.allSettled([odd, ...ARTICLES.slice(0, 2)].map((a) => p.extract(a)));
    const error = results[0]?.status === 'rejected' ? results[0].reason : null;
    assert.ok(error instanceof ArticleExtractionError, `workers: ${p.workers}`);
    assert.equal(error.articleId, 'odd');
    assert.match(error.reason, /^TypeError/);
    assert.deepEqual(results.slice(1).map((r) => r.status), ['fulfilled', 'fulfilled']);
  }
});

test('a bad data folder rejects with the loader\'s error code, in either pool', async () => {
  const isMissing = (e: unknown): boolean => e instanceof SitrepError && e.code === 'data/missing' && /nowhere/.test(e.message);
  await assert.rejects(createExtractPool({ workers: 1, extractor: { dataDir: '/nowhere' } }), isMissing);
  await assert.rejects(createExtractPool({ workers: 0, extractor: { dataDir: '/nowhere' } }), isMissing);
});

test('a worker count that is not a whole number is a usage error', async () => {
  for (const workers of [-1, 1.5, Number.NaN]) {
    await assert.rejects(createExtractPool({ workers }), (e: unknown) => e instanceof SitrepError && e.code === 'usage');
  }
});
