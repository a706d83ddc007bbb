#!/usr/bin/env node
// Extraction benchmark: a fixed sample of 2,000 articles from ../shared/corpus (the first 500 of
// four files), timed on one core and on all cores (worker threads), with wink-nlp's bare readDoc
// on the same texts as the ceiling, start-up time and peak memory. Run with `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const FILES = ['allsides_abp.jsonl.gz', 'fakes_syria.jsonl.gz', 'giveme5w1h_news.jsonl.gz', 'polnear_2016.jsonl.gz'];
const PER_FILE = 500;

function loadSample() {
  const out = [];
  for (const f of FILES) {
    const lines = gunzipSync(readFileSync(join(corpus, f))).toString('utf8').split('\n').filter(Boolean).slice(0, PER_FILE);
    for (const l of lines) { const r = JSON.parse(l); out.push({ id: r.id, title: r.title ?? null, text: r.text, published: r.date ?? null, outlet: null, url: null }); }
  }
  return out;
}

async function extractAll(articles) {
  const { createExtractor } = await import(join(root, 'dist', 'app', 'index.js'));
  const extractor = createExtractor();
  let events = 0;
  for (const a of articles) events += extractor.analyse(a).events?.length ?? 0;
  return events;
}

if (!isMainThread) {
  const events = await extractAll(workerData.articles);
  parentPort.postMessage(events);
} else {
  if (!existsSync(corpus)) { console.log(`bench: skipped, ${corpus} is absent`); process.exit(0); }
  const articles = loadSample();
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  console.log(`sample: ${articles.length} articles, ${(chars / articles.length).toFixed(0)} characters on average`);

  let t = performance.now();
  const { createExtractor } = await import(join(root, 'dist', 'app', 'index.js'));
  const extractor = createExtractor();
  const startup = performance.now() - t;
  console.log(`start-up (knowledge base, lexicon, gazetteer, model loaded): ${(startup / 1000).toFixed(2)} s`);

  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  t = performance.now();
  for (const a of articles) nlp.readDoc(a.text);
  const ceiling = articles.length / ((performance.now() - t) / 1000);
  console.log(`ceiling, wink-nlp readDoc alone: ${ceiling.toFixed(0)} articles/s`);

  t = performance.now();
  let events = 0;
  for (const a of articles) events += extractor.analyse(a).events?.length ?? 0;
  const one = articles.length / ((performance.now() - t) / 1000);
  console.log(`extraction, one core: ${one.toFixed(0)} articles/s (${(100 * one / ceiling).toFixed(0)}% of the ceiling), ${events} events`);

  const n = availableParallelism();
  t = performance.now();
  const parts = Array.from({ length: n }, (_, i) => articles.filter((_, j) => j % n === i));
  const counts = await Promise.all(parts.map((part) => new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { articles: part } });
    w.once('message', resolve); w.once('error', reject);
  })));
  const all = articles.length / ((performance.now() - t) / 1000);
  console.log(`extraction, ${n} cores (worker threads, start-up included): ${all.toFixed(0)} articles/s, ${counts.reduce((s, c) => s + c, 0)} events`);
  console.log(`peak memory (max RSS of the process, all threads): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
