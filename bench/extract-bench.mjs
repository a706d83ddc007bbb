#!/usr/bin/env node
// Extraction benchmark over a fixed sample of 2,000 articles of ../shared/corpus (the first 500
// readable articles of four files), run on dist/ by `npm run bench` (which builds first). Measures
// start-up (knowledge base, lexicon, gazetteer and model loaded), throughput on one core and on all
// cores (worker threads, timed once every worker is loaded), wink-nlp's bare readDoc on the same
// texts as the ceiling, the share of the ceiling reached, the time per stage and the peak memory.
// Prints a table with the targets and writes the figures to bench/results/extract.json.
//
//   npm run bench                                            # the full run
//   node --expose-gc bench/extract-bench.mjs --sample 200   # a quick look (not comparable)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { runWorkers } from './run-workers.mjs';
import { formatTable, timeCli } from './bench-report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const RESULTS = join(ROOT, 'bench', 'results', 'extract.json');
const dist = (path) => pathToFileURL(join(ROOT, 'dist', path)).href;
const FILES = ['allsides_abp.jsonl.gz', 'fakes_syria.jsonl.gz', 'giveme5w1h_news.jsonl.gz', 'polnear_2016.jsonl.gz'];
const SAMPLE = Number(argValue('--sample') ?? 2000);
const WARM_UP = Math.min(50, SAMPLE);
const BLOCK = 100;
const STAGE_SAMPLE = 500;
/** The targets of the extraction-engine issue. */
const TARGETS = { perCore: 100, ceilingShare: 0.4, peakMemoryMB: 1536, startupS: 2 };
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

if (!isMainThread) await serveWorker();
else await main();

async function main() {
  if (!existsSync(CORPUS)) { console.log(`bench: skipped, the corpus ${CORPUS} is absent`); return; }
  if (!existsSync(join(ROOT, 'dist', 'app', 'index.js'))) { console.log('bench: dist/ is not built; run `npm run bench`, which builds first'); process.exitCode = 1; return; }

  // start-up first, in a process that has loaded nothing of sitrep yet
  const t = performance.now();
  const { createExtractor } = await import(dist('app/index.js'));
  const extractor = createExtractor();
  const startupS = (performance.now() - t) / 1000;
  const { parseArticleRecord } = await import(dist('sources/index.js'));
  const articles = loadSample(parseArticleRecord);

  const single = await measureOneCore(extractor, articles);
  const stages = timeStages(extractor.pipeline.stages, articles.slice(0, STAGE_SAMPLE));
  gc();
  const cores = availableParallelism();
  const workers = await runWorkers(fileURLToPath(import.meta.url), articles, cores, articles.slice(0, WARM_UP));
  const peakAllMB = process.resourceUsage().maxRSS / 1024;
  const cliS = timeCli(join(ROOT, 'dist', 'cli', 'main.js'));

  const figures = {
    loadAverageAtStart: round(single.loadAverage, 2),
    sample: { articles: articles.length, meanChars: Math.round(articles.reduce((s, a) => s + a.text.length, 0) / articles.length), files: FILES, perFile: Math.ceil(SAMPLE / FILES.length) },
    startupS: round(startupS, 2), cliColdStartS: round(cliS, 2),
    ceilingArticlesPerS: round(single.ceiling, 1), oneCoreArticlesPerS: round(single.oneCore, 1), ceilingShare: round(single.oneCore / single.ceiling, 3),
    cores, allCoresArticlesPerS: round(workers.throughput, 1), allCoresPerCore: round(workers.throughput / cores, 1),
    allCoresWithStartupArticlesPerS: round(workers.throughputWithStartup, 1), workerStartupS: round(workers.startupS, 2),
    peakMemoryOneCoreMB: Math.round(single.peakMB), peakMemoryAllCoresMB: Math.round(peakAllMB),
    events: single.events, eventsAllCores: workers.events,
    stageMsPerArticle: Object.fromEntries(Object.entries(stages.ms).map(([k, v]) => [k, round(v / stages.articles, 3)])),
  };
  const pass = {
    startup: figures.startupS < TARGETS.startupS, perCore: figures.oneCoreArticlesPerS >= TARGETS.perCore,
    ceilingShare: figures.ceilingShare >= TARGETS.ceilingShare, peakMemory: figures.peakMemoryOneCoreMB < TARGETS.peakMemoryMB,
  };
  printReport(figures, pass, stages);
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? null, sitrep: extractor.provenance, targets: TARGETS, pass, figures }, null, 2)}\n`);
  console.log(`\nfigures written to ${RESULTS}`);
}

/**
 * Ceiling (bare readDoc) and extraction on one core, after a warm-up of both. They alternate by
 * blocks of articles, so that other load on the machine slows both alike and their ratio holds.
 */
async function measureOneCore(extractor, articles) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  for (const a of articles.slice(0, WARM_UP)) { nlp.readDoc(a.text); extractor.extract(a); }
  gc();
  const loadAverage = loadavg()[0] ?? 0;
  let ceilingMs = 0, extractMs = 0, events = 0;
  for (let i = 0; i < articles.length; i += BLOCK) {
    const block = articles.slice(i, i + BLOCK);
    let t = performance.now();
    for (const a of block) nlp.readDoc(a.text);
    ceilingMs += performance.now() - t;
    t = performance.now();
    for (const a of block) events += extractor.extract(a).events.length;
    extractMs += performance.now() - t;
  }
  return {
    ceiling: articles.length / (ceilingMs / 1000), oneCore: articles.length / (extractMs / 1000),
    events, peakMB: process.resourceUsage().maxRSS / 1024, loadAverage,
  };
}

function printReport(f, pass, stages) {
  const busy = f.loadAverageAtStart > f.cores / 2 ? ' (a busy machine: figures are low and noisy)' : '';
  console.log(`sample: ${f.sample.articles} articles (first ${f.sample.perFile} readable of ${FILES.join(', ')}), ${f.sample.meanChars} characters on average`);
  console.log(`machine: ${f.cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${f.loadAverageAtStart} when timing began${busy}\n`);
  console.log(formatTable(['measure', 'value', 'target', ''], [
    ['start-up, in-process (import + createExtractor)', `${f.startupS} s`, `< ${TARGETS.startupS} s`, verdict(pass.startup)],
    ['start-up, CLI cold run on one short article', `${f.cliColdStartS} s`, `< ${TARGETS.startupS} s`, verdict(f.cliColdStartS < TARGETS.startupS)],
    ['extraction, one core', `${f.oneCoreArticlesPerS} articles/s`, `>= ${TARGETS.perCore}/s/core`, verdict(pass.perCore)],
    ['ceiling: wink-nlp readDoc alone, one core', `${f.ceilingArticlesPerS} articles/s`, '', ''],
    ['extraction / ceiling', `${(100 * f.ceilingShare).toFixed(1)} %`, `>= ${100 * TARGETS.ceilingShare} %`, verdict(pass.ceilingShare)],
    [`extraction, ${f.cores} cores (worker threads, loaded)`, `${f.allCoresArticlesPerS} articles/s`, `>= ${TARGETS.perCore * f.cores}/s`, verdict(f.allCoresPerCore >= TARGETS.perCore)],
    [`extraction, ${f.cores} cores, start-up included`, `${f.allCoresWithStartupArticlesPerS} articles/s`, '', ''],
    ['peak memory (max RSS), one extractor', `${f.peakMemoryOneCoreMB} MB`, `< ${TARGETS.peakMemoryMB} MB`, verdict(pass.peakMemory)],
    [`peak memory (max RSS), + ${f.cores} worker extractors`, `${f.peakMemoryAllCoresMB} MB`, '', ''],
    ['events found (one core / all cores)', `${f.events} / ${f.eventsAllCores}`, 'equal', verdict(f.events === f.eventsAllCores)],
  ]));
  if (f.events !== f.eventsAllCores) console.log('  events differ: an article\'s result depends on the texts its extractor read before (wink-nlp keeps state between readDoc calls, winkjs/wink-nlp#143)');
  console.log(`\ntime per stage, one core, first ${stages.articles} articles:`);
  console.log(formatTable(['stage', 'share', 'ms/article'], Object.entries(stages.ms).map(([k, v]) => [k, `${(100 * v / stages.total).toFixed(1)} %`, (v / stages.articles).toFixed(2)])));
}

/** The fixed sample: the first readable articles of each file, validated as `sitrep extract` does for JSONL. */
function loadSample(parseArticleRecord) {
  const out = [];
  const perFile = Math.ceil(SAMPLE / FILES.length);
  for (const f of FILES) {
    let taken = 0;
    for (const line of gunzipSync(readFileSync(join(CORPUS, f))).toString('utf8').split('\n')) {
      if (taken === perFile || out.length === SAMPLE) break;
      if (!line) continue;
      const read = parseArticleRecord(JSON.parse(line));
      if ('error' in read) continue;
      out.push(read.article);
      taken++;
    }
  }
  return out;
}

/** Milliseconds spent in each stage, running the pipeline's stages as its runner does. */
function timeStages(stages, articles) {
  const ms = Object.fromEntries(stages.map((s) => [s.name, 0]));
  for (const article of articles) {
    let analysis = { article, diagnostics: [] };
    for (const stage of stages) {
      const t = performance.now();
      const { diagnostics, ...layers } = stage.run(analysis);
      ms[stage.name] += performance.now() - t;
      analysis = { ...analysis, ...layers, diagnostics: [...analysis.diagnostics, ...(diagnostics ?? [])] };
    }
  }
  return { ms, total: Object.values(ms).reduce((s, v) => s + v, 0), articles: articles.length };
}

/** A worker: loads its own extractor, warms it up as the main thread's was, says it is ready, and extracts its share on "go". */
async function serveWorker() {
  const t = performance.now();
  const { createExtractor } = await import(dist('app/index.js'));
  const extractor = createExtractor();
  const startupMs = performance.now() - t;
  for (const a of workerData.warmUp) extractor.extract(a);
  parentPort.postMessage({ type: 'ready', startupMs });
  parentPort.once('message', () => {
    let events = 0;
    for (const a of workerData.articles) events += extractor.extract(a).events.length;
    parentPort.postMessage({ type: 'done', events });
  });
}

function verdict(ok) { return ok ? 'ok' : 'MISSED'; }
function round(x, digits) { return Number(x.toFixed(digits)); }
function argValue(name) { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; }
