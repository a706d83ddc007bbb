#!/usr/bin/env node
// Store benchmark, run on dist/ (build first: `npm run build`). Two parts:
//
// 1. Ingest: `sitrep ingest FILE --db TMP --quiet --json` (the built CLI, all cores) over the whole of
//    fakes_syria.jsonl.gz and allsides_abp.jsonl.gz of ../shared/corpus, each into a fresh store,
//    against extraction alone on the same items measured the same way (a fresh createExtractPool,
//    readInputs, extractAll, no store; pool start-up left out of both, as ingest's own `seconds`
//    leaves it out). Also: store bytes per 1,000 stored articles, incidents, the share of events in
//    incidents of two or more independent sources, and a second run of the same ingest, which must
//    change nothing.
// 2. Queries on a store of one million events: the first 500 readable articles of the four files of
//    the extraction bench, extracted once, then saved again and again through `store.saveBatch` as new
//    articles a week later each time (see synthetic-store.mjs), until the store holds the events.
//    The store is kept in /tmp/sitrep-bench-1m.db (with a .json record beside it) and reused while
//    the sitrep version, the schema version and the recipe are the same. Each query: one warm-up,
//    then the median of 5 runs. A query over target is run once more with its SQL statements traced,
//    and the query plan of the slowest is printed.
//
// Prints tables with the targets and writes the figures to bench/results/store.json.
//
//   node --expose-gc bench/store-bench.mjs                # everything (the first run builds the big store)
//   node --expose-gc bench/store-bench.mjs --skip-1m      # ingest only
//   node --expose-gc bench/store-bench.mjs --skip-ingest  # queries only
//   options: --rebuild (build the big store again), --also-batch N (one more ingest per file with --batch N), --events N (default 1000000), --budget-min M (default 15:
//   build fewer events when the measured save rate needs longer), --runs N (default 5), --plans (print every
//   query's plan), --big-db PATH (default /tmp/sitrep-bench-1m.db), --files a.jsonl.gz,b.jsonl.gz (ingest files)
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { formatTable } from './bench-report.mjs';
import { explain, oneLine, profileStatements, traceStatements } from './sql-plan.mjs';
import { SHIFT_DAYS_PER_COPY, commitCache, fillStore, readCache, removeStore, storeBytes } from './synthetic-store.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const RESULTS = join(ROOT, 'bench', 'results', 'store.json');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const dist = (path) => pathToFileURL(join(ROOT, 'dist', path)).href;

const INGEST_FILES = (argValue('--files') ?? 'fakes_syria.jsonl.gz,allsides_abp.jsonl.gz').split(',');
/** The big store's base: the extraction bench's sample (first 500 readable articles of each file). */
const SAMPLE_FILES = ['allsides_abp.jsonl.gz', 'fakes_syria.jsonl.gz', 'giveme5w1h_news.jsonl.gz', 'polnear_2016.jsonl.gz'];
const SAMPLE_PER_FILE = 500;
const BIG_DB = argValue('--big-db') ?? '/tmp/sitrep-bench-1m.db';
const BIG_EVENTS = Number(argValue('--events') ?? 1_000_000);
const BUDGET_S = 60 * Number(argValue('--budget-min') ?? 15);
const FALLBACK_EVENTS = 200_000;
/** Articles per saveBatch: ingest's default (read in main(), once dist/ is known to be built). */
let BATCH = 0;
const RUNS = Number(argValue('--runs') ?? 5);
/** With `--also-batch N`, one more ingest per file with `--batch N` (does a smaller batch keep the workers fed?). */
const ALSO_BATCH = argValue('--also-batch');
/** The codes for which ingest rejects an extracted article instead of saving it (app/ingest/ingest.ts). */
const UNEXTRACTABLE = new Set(['article/empty', 'article/not-english', 'article/binary']);
/** The targets of the store issue. */
const TARGETS = { ingestShareOfExtraction: 0.8, queryMs: 200, bigStoreEvents: 1_000_000 };
const RUSSIA_FROM = '2016-01-01';
const RUSSIA_TO = '2016-12-31';
const QUERIES = [
  ['queryEvents({actor: Turkey}, {limit: 100})', (s) => s.queryEvents({ actor: 'Turkey' }, { limit: 100 })],
  [`queryEvents({actor: Russia, type: ASSAULT, from: ${RUSSIA_FROM}, to: ${RUSSIA_TO}})`, (s) => s.queryEvents({ actor: 'Russia', type: 'ASSAULT', from: RUSSIA_FROM, to: RUSSIA_TO })],
  ['countEvents({actor: Turkey})', (s) => s.countEvents({ actor: 'Turkey' })],
  ['dyadSeries(TUR, SYR, month)', (s) => s.dyadSeries('TUR', 'SYR', 'month')],
  ['queryIncidents({minSources: 2}, {limit: 100})', (s) => s.queryIncidents({ minSources: 2 }, { limit: 100 })],
  ['queryIncidents({actor: Russia}, {limit: 100})', (s) => s.queryIncidents({ actor: 'Russia' }, { limit: 100 })],
  ['actorProfile(RUS)', (s) => s.actorProfile('RUS')],
  ['queryEvents({text: ceasefire}, {limit: 100})', (s) => s.queryEvents({ text: 'ceasefire' }, { limit: 100 })],
];
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const log = (line) => process.stderr.write(`${line}\n`);

await main();

async function main() {
  if (!existsSync(CORPUS)) { console.log(`store bench: skipped, the corpus ${CORPUS} is absent`); return; }
  if (!existsSync(MAIN)) { console.log('store bench: dist/ is not built; run `npm run build` first'); process.exitCode = 1; return; }
  BATCH = (await import(dist('app/ingest/index.js'))).DEFAULT_BATCH_SIZE;
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const loadAverage = { start: loadavgNow() };
  const ingest = process.argv.includes('--skip-ingest') ? { skipped: true } : await benchIngest(loadAverage);
  gc();
  const big = process.argv.includes('--skip-1m') ? { skipped: true } : await benchBigStore(version, loadAverage);
  loadAverage.end = loadavgNow();

  const pass = {
    ...(ingest.skipped ? {} : { ingestShare: ingest.files.every((f) => f.pass.share), rerunUnchanged: ingest.files.every((f) => f.pass.rerunUnchanged) }),
    ...(big.skipped ? {} : { bigStoreEvents: big.store.events >= TARGETS.bigStoreEvents, queries: big.queries.every((q) => q.ok) }),
  };
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, sitrep ${version}`);
  console.log(`load average (1 min): ${loadAverage.start} at start, ${loadAverage.end} at the end${loadAverage.start > availableParallelism() / 2 ? ' (a busy machine: throughput figures are low and noisy)' : ''}\n`);
  if (!ingest.skipped) printIngest(ingest);
  if (!big.skipped) printBig(big);
  mkdirSync(dirname(RESULTS), { recursive: true });
  // a part skipped in this run keeps the figures an earlier run wrote for it
  const earlier = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  writeFileSync(RESULTS, `${JSON.stringify({
    date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? null, cores: availableParallelism(), sitrep: version,
    loadAverage, targets: TARGETS, pass: { ...earlier.pass, ...pass },
    ingest: ingest.skipped && earlier.ingest ? earlier.ingest : ingest, bigStore: big.skipped && earlier.bigStore ? earlier.bigStore : big,
  }, null, 2)}\n`);
  console.log(`\nfigures written to ${RESULTS}`);
}

// ---------------------------------------------------------------------------------------------- ingest

async function benchIngest(loadAverage) {
  const { createExtractPool, extractAll } = await import(dist('app/extract-pool/index.js'));
  const { readInputs, isRecordError } = await import(dist('sources/index.js'));
  const { createSqliteEventStore } = await import(dist('storage/sqlite/sqlite-event-store.js'));
  const { hashContent } = await import(dist('app/ingest/index.js'));
  const { prepareExtraction } = await import(dist('storage/prepare-extraction.js'));
  const files = [];
  for (const name of INGEST_FILES) {
    const path = join(CORPUS, name);
    if (!existsSync(path)) { log(`ingest: skipped ${name}, absent from ${CORPUS}`); continue; }
    const load = { start: loadavgNow() };
    log(`ingest: ${name}: extraction only ...`);
    const { saves, ...extraction } = await extractOnly(createExtractPool, extractAll, readInputs, isRecordError, path);
    load.saveProfile = loadavgNow();
    log(`ingest: ${name}: ${extraction.read} items extracted in ${extraction.seconds.toFixed(1)} s; saving them in-process (save profile) ...`);
    const saveProfile = await profileSaves(createSqliteEventStore, hashContent, prepareExtraction, saves);
    saves.length = 0;
    gc();
    load.ingest = loadavgNow();
    log(`ingest: ${name}: saved in ${(saveProfile.totalMs / 1000).toFixed(1)} s; sitrep ingest ...`);
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-bench-'));
    try {
      const db = join(dir, 'store.db');
      const first = runIngest(db, path);
      const bytes = storeBytes(db);
      const counts = { ...readIncidentShares(db), tables: readTableSizes(db) };
      load.rerun = loadavgNow();
      log(`ingest: ${name}: ${first.summary.read} items ingested in ${first.summary.seconds.toFixed(1)} s; the same ingest again ...`);
      const again = runIngest(db, path);
      const bytesAgain = storeBytes(db);
      let otherBatch;
      if (ALSO_BATCH !== undefined) {
        load.otherBatch = loadavgNow();
        log(`ingest: ${name}: ingest with --batch ${ALSO_BATCH} into a fresh store ...`);
        const other = runIngest(join(dir, 'other-batch.db'), path, ['--batch', ALSO_BATCH]).summary;
        otherBatch = { batch: Number(ALSO_BATCH), seconds: round(other.seconds, 2), articlesPerS: round(other.read / other.seconds, 1), events: other.events, shareOfExtraction: round((other.read / other.seconds) / (extraction.read / extraction.seconds), 3) };
      }
      files.push({ ...toIngestFigures(name, extraction, first, again, bytes, bytesAgain, counts, load), saveProfile: summariseProfile(saveProfile, extraction, first.summary), otherBatch });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  loadAverage.ingestEnd = loadavgNow();
  const sum = (f) => files.reduce((s, x) => s + f(x), 0);
  const total = files.length === 0 ? null : {
    read: sum((f) => f.read), ingestS: sum((f) => f.ingest.seconds), extractionS: sum((f) => f.extractionOnly.seconds),
  };
  if (total) {
    total.ingestPerS = round(total.read / total.ingestS, 1);
    total.extractionPerS = round(total.read / total.extractionS, 1);
    total.share = round(total.ingestPerS / total.extractionPerS, 3);
  }
  return { files, total };
}

/** Extraction alone, as ingest runs it minus the store: a fresh pool (start-up not timed), readInputs, extractAll. */
async function extractOnly(createExtractPool, extractAll, readInputs, isRecordError, path) {
  const pool = await createExtractPool();
  try {
    const toInput = (item) => (isRecordError(item.result) ? null : { article: item.result.article, diagnostics: item.result.diagnostics });
    let [read, extracted, failed, unextractable, events] = [0, 0, 0, 0, 0];
    const saves = [];
    const t = performance.now();
    for await (const o of extractAll(pool, readInputs([path]), toInput)) {
      read++;
      if (o.status === 'failed') failed++;
      else if (o.status === 'extracted') {
        if (o.document.diagnostics.some((d) => UNEXTRACTABLE.has(d.code))) unextractable++;
        else {
          extracted++;
          events += o.document.events.length;
          saves.push({ document: o.document, text: o.item.result.article.text, origin: o.item.origin });
        }
      }
    }
    const seconds = (performance.now() - t) / 1000;
    return { read, extracted, failed, unextractable, events, seconds, workers: pool.workers, provenance: pool.provenance, saves };
  } finally {
    await pool.close();
  }
}

/**
 * The store's share of ingest: the extraction-only documents prepared for the store (timed apart:
 * ingest's workers do this), then saved again in-process on one thread, as ingest saves them
 * (batches of 50 through saveBatch, into a fresh file store), with the time of every SQL statement added up.
 */
async function profileSaves(createSqliteEventStore, hashContent, prepareExtraction, saves) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-bench-'));
  const store = createSqliteEventStore(join(dir, 'store.db'));
  try {
    const t = performance.now();
    const xs = saves.map((x) => ({ prepared: prepareExtraction(x.document, x.text), text: x.text, contentHash: hashContent(x.text), origin: x.origin }));
    const prepareMs = performance.now() - t;
    const profile = await profileStatements(store, async () => {
      for (let i = 0; i < xs.length; i += BATCH) await store.saveBatch(xs.slice(i, i + BATCH));
    });
    if (profile === null) throw new Error('the store has no ctx to profile (not SqliteEventStore?)');
    return { ...profile, prepareMs, articles: xs.length, events: xs.reduce((s, x) => s + x.prepared.events.length, 0) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The save profile in figures: saves per second on one thread, the slowest statements, and the
 * ingest rate the CPU alone allows on this machine when preparing and saving share the cores with
 * extraction (extraction-only time plus that time spread over the cores: an estimate, not a measurement).
 */
function summariseProfile(p, extraction, summary) {
  const cores = availableParallelism();
  const saveS = p.totalMs / 1000;
  return {
    articles: p.articles, events: p.events, seconds: round(saveS, 2), articlesPerS: round(p.articles / saveS, 1), eventsPerS: round(p.events / saveS, 0),
    msPerArticle: round(p.totalMs / p.articles, 2), prepareMsPerArticle: round(p.prepareMs / p.articles, 2), sqlShare: round(p.sqlMs / p.totalMs, 3),
    cpuBoundIngestPerS: round(summary.read / (extraction.seconds + (saveS + p.prepareMs / 1000) / cores), 1),
    statements: p.statements.slice(0, 15).map((x) => ({ ms: round(x.ms, 0), share: round(x.ms / p.totalMs, 3), calls: x.calls, usPerCall: round(1000 * x.ms / x.calls, 1), sql: x.sql })),
  };
}

/** `sitrep ingest FILE --db DB --quiet --json`: its JSON summary (with `store`, the store's counts) and wall time. */
function runIngest(db, file, extra = []) {
  const t = performance.now();
  const run = spawnSync(process.execPath, [MAIN, 'ingest', file, '--db', db, '--quiet', '--json', ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallS = (performance.now() - t) / 1000;
  if (run.status !== 0) throw new Error(`sitrep ingest ${file} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return { summary: JSON.parse(line), wallS };
}

/** Incident counts read from the closed store file: all events, and events in incidents of two or more independent sources. */
function readIncidentShares(path) {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT
      (SELECT count(*) FROM articles WHERE kind != 'duplicate') AS articles,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM incidents) AS incidents,
      (SELECT count(*) FROM incidents WHERE independent_sources >= 2) AS multiSourceIncidents,
      (SELECT count(*) FROM events e JOIN incidents i ON i.id = e.incident WHERE i.independent_sources >= 2) AS eventsInMultiSourceIncidents`).get();
  } finally {
    db.close();
  }
}

/** Bytes per table and index (SQLite's dbstat), largest first; null when this SQLite lacks dbstat. */
function readTableSizes(path, top = 12) {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all();
    const total = rows.reduce((s, r) => s + r.bytes, 0);
    return rows.slice(0, top).map((r) => ({ name: r.name, bytes: r.bytes, share: round(r.bytes / total, 3) }));
  } catch {
    return null;
  } finally {
    db.close();
  }
}

function toIngestFigures(name, extraction, first, again, bytes, bytesAgain, counts, load) {
  const s = first.summary;
  const r = again.summary;
  const rejected = (x) => Object.values(x.rejected).reduce((a, b) => a + b, 0);
  const ingestPerS = s.read / s.seconds;
  const extractionPerS = extraction.read / extraction.seconds;
  const storeTotal = bytes.db + bytes.wal;
  const { store: storeAfter, ...rerun } = r;
  const { store: storeBefore, ...summary } = s;
  const nothingAdded = r.stored === 0 && r.duplicates === 0 && r.nearDuplicates === 0 && r.updated === 0 && r.events === 0 && r.newIncidents === 0;
  const sameStore = JSON.stringify(storeAfter) === JSON.stringify(storeBefore);
  const sameRejections = JSON.stringify(r.rejected) === JSON.stringify(s.rejected);
  const allUnchanged = r.unchanged === r.read - rejected(r);
  return {
    file: name, read: s.read, loadAverage: load,
    extractionOnly: { ...extraction, provenance: undefined, seconds: round(extraction.seconds, 2), articlesPerS: round(extractionPerS, 1) },
    ingest: { ...summary, seconds: round(s.seconds, 2), cliWallS: round(first.wallS, 2), articlesPerS: round(ingestPerS, 1), store: storeBefore },
    ingestShareOfExtraction: round(ingestPerS / extractionPerS, 3),
    storeBytes: { ...bytes, total: storeTotal, per1000StoredArticles: Math.round(storeTotal / (counts.articles / 1000)), tables: counts.tables },
    incidents: counts.incidents, multiSourceIncidents: counts.multiSourceIncidents,
    eventsInMultiSourceIncidents: counts.eventsInMultiSourceIncidents, eventsInStore: counts.events,
    multiSourceEventShare: round(counts.eventsInMultiSourceIncidents / Math.max(1, counts.events), 4),
    rerun: {
      ...rerun, seconds: round(r.seconds, 2), cliWallS: round(again.wallS, 2),
      nothingAdded, allUnchanged, sameRejections, sameStoreCounts: sameStore, storeBytesAfter: bytesAgain.db + bytesAgain.wal,
    },
    pass: { share: ingestPerS / extractionPerS >= TARGETS.ingestShareOfExtraction, rerunUnchanged: nothingAdded && allUnchanged && sameStore && sameRejections },
    provenance: extraction.provenance,
  };
}

function printIngest({ files, total }) {
  if (files.length === 0) { console.log('ingest: no corpus file to ingest\n'); return; }
  const col = (f) => files.map(f);
  const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
  const rows = [
    ['load average (1 min) at extraction / ingest / re-run', ...col((f) => `${f.loadAverage.start} / ${f.loadAverage.ingest} / ${f.loadAverage.rerun}${f.loadAverage.otherBatch === undefined ? '' : ` / ${f.loadAverage.otherBatch}`}`), '', ''],
    ['items read (whole file)', ...col((f) => f.read), '', ''],
    [`extraction only, ${files[0].extractionOnly.workers} workers (items/s)`, ...col((f) => `${f.extractionOnly.articlesPerS} (${f.extractionOnly.seconds} s)`), '', ''],
    ['sitrep ingest, all cores (items/s)', ...col((f) => `${f.ingest.articlesPerS} (${f.ingest.seconds} s; CLI wall ${f.ingest.cliWallS} s)`), '', ''],
    ['ingest / extraction only', ...col((f) => `${(100 * f.ingestShareOfExtraction).toFixed(1)} %`), `>= ${100 * TARGETS.ingestShareOfExtraction} %`, verdict(files.every((f) => f.pass.share))],
    ...(files.every((f) => f.otherBatch) ? [[`sitrep ingest --batch ${files[0].otherBatch.batch} (items/s, share of extraction only)`, ...col((f) => `${f.otherBatch.articlesPerS} (${f.otherBatch.seconds} s) = ${(100 * f.otherBatch.shareOfExtraction).toFixed(1)} %`), '(diagnostic)', '']] : []),
    ['stored / exact dup. / near dup. / rejected', ...col((f) => `${f.ingest.stored} / ${f.ingest.duplicates} / ${f.ingest.nearDuplicates} / ${sumValues(f.ingest.rejected)}`), '', ''],
    ['rejected by reason', ...col((f) => Object.entries(f.ingest.rejected).map(([k, v]) => `${k} ${v}`).join(', ') || '-'), '', ''],
    ['save only: same documents, prepared, in-process, one thread (items/s)', ...col((f) => `${f.saveProfile.articlesPerS} (${f.saveProfile.msPerArticle} ms/item, ${f.saveProfile.eventsPerS} events/s)`), '', ''],
    ['preparing a document for the store (in the workers during ingest)', ...col((f) => `${f.saveProfile.prepareMsPerArticle} ms/item`), '', ''],
    [`ingest the CPU allows: extraction + saves on ${availableParallelism()} cores (estimate)`, ...col((f) => `${f.saveProfile.cpuBoundIngestPerS} items/s = ${(100 * f.saveProfile.cpuBoundIngestPerS / f.extractionOnly.articlesPerS).toFixed(0)} %`), '', ''],
    ['events (ingest / extraction only)', ...col((f) => `${f.ingest.events} / ${f.extractionOnly.events}`), '', ''],
    ['incidents (new in run / in store)', ...col((f) => `${f.ingest.newIncidents} / ${f.incidents}`), '', ''],
    ['incidents with >= 2 independent sources', ...col((f) => f.multiSourceIncidents), '', ''],
    ['share of events in those incidents', ...col((f) => `${(100 * f.multiSourceEventShare).toFixed(1)} % (${f.eventsInMultiSourceIncidents} of ${f.eventsInStore})`), '', ''],
    ['store size, .db + -wal after close', ...col((f) => mb(f.storeBytes.total)), '', ''],
    ['store size per 1,000 stored articles', ...col((f) => mb(f.storeBytes.per1000StoredArticles)), '', ''],
    ['re-run: time (ingest / CLI wall)', ...col((f) => `${f.rerun.seconds} s / ${f.rerun.cliWallS} s`), '', ''],
    ['re-run: unchanged / stored / dup. / near / updated / events / new incidents', ...col((f) => `${f.rerun.unchanged} / ${f.rerun.stored} / ${f.rerun.duplicates} / ${f.rerun.nearDuplicates} / ${f.rerun.updated} / ${f.rerun.events} / ${f.rerun.newIncidents}`), '', ''],
    ['re-run: store counts and rejections the same', ...col((f) => `${f.rerun.sameStoreCounts && f.rerun.sameRejections ? 'yes' : 'NO'}; ${mb(f.storeBytes.total)} -> ${mb(f.rerun.storeBytesAfter)}`), 'nothing changes', verdict(files.every((f) => f.pass.rerunUnchanged))],
  ];
  console.log('ingest (fresh store per file; extraction-only and ingest both timed from a ready pool):');
  console.log(formatTable(['measure', ...files.map((f) => f.file), 'target', ''], rows));
  if (total && files.length > 1) {
    console.log(`all files: ingest ${total.ingestPerS} items/s, extraction only ${total.extractionPerS} items/s: ${(100 * total.share).toFixed(1)} % (target >= ${100 * TARGETS.ingestShareOfExtraction} %) ${verdict(total.share >= TARGETS.ingestShareOfExtraction)}`);
  }
  for (const f of files) {
    const p = f.saveProfile;
    console.log(`\nsave profile, ${f.file}: ${p.seconds} s for ${p.articles} articles; SQL statements ${(100 * p.sqlShare).toFixed(0)} %, the rest JavaScript (incident matching, actor merges) and commits:`);
    console.log(formatTable(['share', 'ms', 'calls', 'µs/call', 'statement'], p.statements.slice(0, 10).map((x) => [`${(100 * x.share).toFixed(1)} %`, x.ms, x.calls, x.usPerCall, x.sql.slice(0, 150)])));
    if (f.storeBytes.tables) console.log(`largest tables and indexes: ${f.storeBytes.tables.slice(0, 8).map((t) => `${t.name} ${(t.bytes / 1e6).toFixed(1)} MB (${(100 * t.share).toFixed(0)} %)`).join(', ')}`);
  }
  console.log('');
}

// ------------------------------------------------------------------------------------------ big store

async function benchBigStore(version, loadAverage) {
  const { createSqliteEventStore } = await import(dist('storage/sqlite/sqlite-event-store.js'));
  const { MIGRATIONS } = await import(dist('storage/sqlite/migrations/index.js'));
  const { hashContent } = await import(dist('app/ingest/index.js'));
  const key = JSON.stringify({
    sitrep: version, schema: MIGRATIONS.length, events: BIG_EVENTS, budgetS: BUDGET_S, sample: SAMPLE_FILES, perFile: SAMPLE_PER_FILE,
    shiftDays: SHIFT_DAYS_PER_COPY, batch: BATCH, recipe: 2,
  });
  let cache = process.argv.includes('--rebuild') ? null : readCache(BIG_DB, key);
  const cached = cache !== null;
  if (cache) log(`big store: reusing ${BIG_DB} (${cache.build.events.toLocaleString('en')} events, built ${cache.builtAt} in ${(cache.build.seconds / 60).toFixed(1)} min; --rebuild builds it again)`);
  else cache = await buildBigStore(createSqliteEventStore, hashContent, key, version, MIGRATIONS.length, loadAverage);

  loadAverage.queries = loadavgNow();
  let t = performance.now();
  const store = createSqliteEventStore(BIG_DB);
  const openMs = performance.now() - t;
  const queries = [];
  let stats;
  try {
    t = performance.now();
    stats = await store.stats();
    const statsMs = performance.now() - t;
    log(`big store: opened in ${openMs.toFixed(0)} ms, stats() in ${statsMs.toFixed(0)} ms: ${stats.events.toLocaleString('en')} events; timing queries ...`);
    for (const [name, run] of QUERIES) queries.push(await timeQuery(store, name, run));
    for (const q of queries) if (!q.ok || process.argv.includes('--plans')) q.statements = await planQuery(store, QUERIES.find(([n]) => n === q.query)[1]);
  } finally {
    await store.close();
  }
  return {
    path: BIG_DB, key: JSON.parse(key), cached, builtAt: cache.builtAt, build: cache.build, base: cache.base, tables: cache.tables,
    store: { ...stats, bytes: storeBytes(BIG_DB), openMs: round(openMs, 1) },
    queries: queries.map((q) => ({ ...q })), queryRuns: RUNS,
  };
}

async function buildBigStore(createSqliteEventStore, hashContent, key, version, schema, loadAverage) {
  loadAverage.build = loadavgNow();
  const t0 = performance.now();
  const base = await extractBase(hashContent);
  const extractS = (performance.now() - t0) / 1000;
  const baseEvents = base.reduce((s, x) => s + x.document.events.length, 0);
  log(`big store: ${base.length} base articles (${baseEvents} events) extracted in ${extractS.toFixed(1)} s; saving copies until ${BIG_EVENTS.toLocaleString('en')} events ...`);
  const building = `${BIG_DB}.building`;
  removeStore(building);
  const store = createSqliteEventStore(building);
  let fill;
  try {
    fill = await fillStore(store, base, { target: BIG_EVENTS, budgetS: BUDGET_S, fallback: FALLBACK_EVENTS, batchSize: BATCH, hashContent, log });
  } finally {
    await store.close();
  }
  const totalS = (performance.now() - t0) / 1000;
  const record = {
    key: JSON.parse(key), sitrep: version, schema, builtAt: new Date().toISOString(), loadAverageAtBuild: loadAverage.build,
    base: { articles: base.length, events: baseEvents, files: SAMPLE_FILES, perFile: SAMPLE_PER_FILE, extractS: round(extractS, 1) },
    build: {
      events: fill.events, articles: fill.articles, copies: fill.copies, seconds: round(fill.seconds, 1), totalSeconds: round(totalS, 1),
      eventsPerS: round(fill.eventsPerS, 0), articlesPerS: round(fill.articlesPerS, 1), outcomes: fill.outcomes, fallback: fill.fallback, passes: fill.passes,
    },
  };
  record.tables = readTableSizes(building, 16);
  commitCache(building, BIG_DB, { ...record, key });
  log(`big store: built ${fill.events.toLocaleString('en')} events (${fill.articles.toLocaleString('en')} articles, ${fill.copies} copies) in ${(fill.seconds / 60).toFixed(1)} min of saving, ${(totalS / 60).toFixed(1)} min in all`);
  return record;
}

/** The extraction bench's sample, extracted on all cores, as ingest would save it (unextractable articles left out). */
async function extractBase(hashContent) {
  const { createExtractPool, extractAll } = await import(dist('app/extract-pool/index.js'));
  const { parseArticleRecord } = await import(dist('sources/index.js'));
  const reads = [];
  for (const f of SAMPLE_FILES) {
    const path = join(CORPUS, f);
    if (!existsSync(path)) { log(`big store: ${f} is absent; the sample is smaller`); continue; }
    let taken = 0;
    for (const [i, line] of gunzipSync(readFileSync(path)).toString('utf8').split('\n').entries()) {
      if (taken === SAMPLE_PER_FILE) break;
      if (!line) continue;
      const read = parseArticleRecord(JSON.parse(line));
      if ('error' in read) continue;
      reads.push({ read, origin: `${path}:${i + 1}` });
      taken++;
    }
  }
  const pool = await createExtractPool();
  const base = [];
  try {
    for await (const o of extractAll(pool, reads, (r) => r.read)) {
      if (o.status !== 'extracted' || o.document.diagnostics.some((d) => UNEXTRACTABLE.has(d.code))) continue;
      const text = o.item.read.article.text;
      base.push({ document: o.document, text, contentHash: hashContent(text), origin: o.item.origin });
    }
  } finally {
    await pool.close();
  }
  return base;
}

/** One warm-up, then `RUNS` timed runs: median and slowest, in milliseconds, and what the call returned. */
async function timeQuery(store, name, run) {
  let result = await run(store);
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = await run(store);
    ms.push(performance.now() - t);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { query: name, medianMs: round(median, 1), maxMs: round(sorted[sorted.length - 1], 1), runsMs: ms.map((x) => round(x, 1)), result: describe(result), ok: median < TARGETS.queryMs };
}

/** The statements one more run of a query executes, slowest first, with the plan of each that took 5 ms or more. */
async function planQuery(store, run) {
  const statements = await traceStatements(store, () => run(store));
  if (statements === null) return [{ note: 'the store has no ctx to trace (not SqliteEventStore?)' }];
  return statements
    .map((s) => ({ ms: round(s.ms, 1), sql: oneLine(s.sql), params: s.params, plan: s.ms >= 5 ? explain(store.ctx.db, s.sql, s.params) : undefined }))
    .sort((a, b) => b.ms - a.ms);
}

function describe(result) {
  if (typeof result === 'number') return `${result}`;
  if (Array.isArray(result)) return `${result.length} rows`;
  if (result === null) return 'null';
  if (result && Array.isArray(result.monthly)) return `${result.monthly.length} month-type rows, ${result.members.length} members, ${result.partners.length}+${result.adversaries.length} counterparts`;
  return typeof result;
}

function printBig(big) {
  const b = big.build;
  const s = big.store;
  const mb = (x) => `${(x / 1e6).toFixed(0)} MB`;
  console.log(`big store: ${big.path}${big.cached ? ` (cached, built ${big.builtAt})` : ''}`);
  console.log(`  base: ${big.base.articles} articles, ${big.base.events} events (first ${big.base.perFile} readable of ${big.base.files.join(', ')}), extracted in ${big.base.extractS} s`);
  console.log(`  built: ${b.events.toLocaleString('en')} events, ${b.articles.toLocaleString('en')} articles (${b.copies} copies, ${SHIFT_DAYS_PER_COPY} days apart) by saveBatch of ${BATCH}: ${(b.seconds / 60).toFixed(1)} min saving (${b.eventsPerS} events/s, ${b.articlesPerS} articles/s), ${(b.totalSeconds / 60).toFixed(1)} min with extraction`);
  console.log(`  save outcomes: ${Object.entries(b.outcomes).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (b.fallback) console.log(`  SMALLER STORE: ${b.fallback.requested.toLocaleString('en')} events were projected to take ${(b.fallback.projectedS / 60).toFixed(0)} min at ${b.fallback.eventsPerSAtLowering} events/s, over the budget; built ${b.fallback.loweredTo.toLocaleString('en')} (figures below are for this store, nothing is extrapolated)`);
  console.log(`  holds: ${s.events.toLocaleString('en')} events, ${s.articles.toLocaleString('en')} articles (${s.nearDuplicates} near-duplicates), ${s.incidents.toLocaleString('en')} incidents (${s.multiSourceIncidents.toLocaleString('en')} with >= 2 sources), ${s.actors.toLocaleString('en')} actors`);
  const passes = b.passes ?? [];
  if (passes.length > 1) console.log(`  save rate per copy (events/s): ${passes.map((x) => x.eventsPerS).join(', ')}`);
  if (big.tables) console.log(`  largest tables and indexes: ${big.tables.slice(0, 10).map((t) => `${t.name} ${mb(t.bytes)}`).join(', ')}`);
  console.log(`  size: ${mb(s.bytes.db + s.bytes.wal)} (.db ${mb(s.bytes.db)}, -wal ${mb(s.bytes.wal)}); ${((s.bytes.db + s.bytes.wal) / s.events / 1000).toFixed(1)} kB per stored event; opened in ${s.openMs} ms\n`);
  console.log(formatTable(['query (median of 5 after a warm-up)', 'median', 'slowest', 'result', 'target', ''], [
    ['store holds >= 1,000,000 events', s.events.toLocaleString('en'), '', '', '>= 1,000,000', verdict(s.events >= TARGETS.bigStoreEvents)],
    ...big.queries.map((q) => [q.query, `${q.medianMs} ms`, `${q.maxMs} ms`, q.result, `< ${TARGETS.queryMs} ms`, verdict(q.ok)]),
  ]));
  for (const q of big.queries.filter((x) => x.statements)) {
    console.log(`\n${q.query}: ${q.medianMs} ms; statements of one traced run, slowest first:`);
    for (const st of q.statements.slice(0, 4)) {
      if (st.note) { console.log(`  ${st.note}`); continue; }
      console.log(`  ${st.ms} ms  ${st.sql.slice(0, 400)}${st.sql.length > 400 ? ' …' : ''}`);
      console.log(`    params: ${JSON.stringify(st.params).slice(0, 200)}`);
      for (const line of st.plan ?? []) console.log(`      ${line}`);
    }
  }
}

function sumValues(o) { return Object.values(o).reduce((a, b) => a + b, 0); }
function loadavgNow() { return round(loadavg()[0] ?? 0, 2); }
function verdict(ok) { return ok ? 'ok' : 'MISSED'; }
function round(x, digits) { return Number(x.toFixed(digits)); }
function argValue(name) { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; }
