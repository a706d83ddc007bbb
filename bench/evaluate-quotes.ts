/**
 * Measures the quotes stage on PolNeAR attributions (run with `npx tsx bench/evaluate-quotes.ts [FILE]`):
 * the share of gold direct quotes found and of those whose speaker words overlap the gold source.
 * An evaluation script, not part of the pipeline: tokens come from the annotate stage, actors are
 * faked from capitalised word sequences because no knowledge base runs here.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { toActorId, toArticleId, type Actor, type Analysis, type Span, type TextSpan } from '../src/domain/index.js';
import { createAnnotateStage } from '../src/stages/annotate/annotate-stage.js';
import { createQuotesStage } from '../src/stages/quotes/quotes-stage.js';

interface Attribution { readonly source: readonly Span[]; readonly content: readonly Span[] }
interface PolnearRecord { readonly text: string; readonly attributions: readonly Attribution[] }

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/work/shared/eval/raw/attribution_polnear_devtest.jsonl';
const seen = new Set<string>();
const records: PolnearRecord[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as PolnearRecord;
  if (!seen.has(r.text)) { seen.add(r.text); records.push(r); }
}

const annotate = createAnnotateStage(winkNLP(model, ['sbd', 'pos']));
const quotesStage = createQuotesStage();
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
let gold = 0, found = 0, speakerRight = 0, resolved = 0, ours = 0, oursInGold = 0, quoteMs = 0, annotateMs = 0;
const misses: string[] = [];
const runs: Analysis[] = [];
let chars = 0;

for (const [n, r] of records.entries()) {
  const base: Analysis = { article: { id: toArticleId(`p${n}`), title: null, text: r.text, published: null, outlet: null, url: null }, diagnostics: [] };
  const t0 = performance.now();
  const layers = annotate.run(base);
  annotateMs += performance.now() - t0;
  const analysis: Analysis = { ...base, ...layers, mentions: [], actors: fakeActors(r.text) };
  const { quotes } = quotesStage.run(analysis);
  runs.push(analysis);
  const regions = quoteRegions(r.text);
  ours += quotes.length;
  oursInGold += quotes.filter((q) => r.attributions.some((a) => a.content.some((c) => overlaps(q, c)))).length;
  for (const a of r.attributions) {
    if (a.content.length === 0 || !a.content.every((c) => isInside(r.text, c, regions))) continue;
    gold++;
    const match = quotes.map((q) => ({ q, o: Math.max(...a.content.map((c) => overlap(q, c))) })).filter((x) => x.o > 0).sort((x, y) => y.o - x.o)[0]?.q;
    if (!match) continue;
    found++;
    if (match.speaker) resolved++;
    if (match.speakerMention && a.source.some((s) => overlaps(s, match.speakerMention as TextSpan))) speakerRight++;
    else if (misses.length < 25) misses.push(`${JSON.stringify(r.text.slice(match.start, match.start + 60))} ours=${JSON.stringify(match.speakerMention?.text ?? null)} gold=${JSON.stringify(a.source.map((s) => r.text.slice(s.start, s.end)))}`);
  }
}

// timed apart, after a first pass has warmed the code up
for (const analysis of runs) {
  chars += analysis.article.text.length;
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) quotesStage.run(analysis);
  quoteMs += (performance.now() - t0) / 10;
}

const pct = (x: number, of: number): string => `${((100 * x) / Math.max(1, of)).toFixed(1)}%`;
console.log(`articles ${records.length}; gold direct quotes ${gold}`);
console.log(`found ${found}/${gold} = ${pct(found, gold)}; speaker words overlap gold source ${speakerRight}/${found} = ${pct(speakerRight, found)} (of gold: ${pct(speakerRight, gold)}); resolved to a (fake) actor ${pct(resolved, found)}`);
console.log(`our quotes ${ours}, overlapping some gold content ${pct(oursInGold, ours)}`);
console.log(`mean article ${Math.round(chars / records.length)} characters; per article: quotes stage ${(quoteMs / records.length).toFixed(3)} ms, annotate ${(annotateMs / records.length).toFixed(2)} ms (first pass)`);
if (process.argv.includes('--misses')) console.log(misses.join('\n'));

/** Person actors faked from capitalised word sequences ("Hillary Clinton"), every occurrence a mention. */
function fakeActors(text: string): Actor[] {
  const byName = new Map<string, TextSpan[]>();
  const STOP = new Set(['The', 'He', 'She', 'It', 'We', 'I', 'They', 'But', 'And', 'In', 'On', 'At', 'A', 'An', 'This', 'That', 'If', 'As', 'For', 'So', 'Mr', 'Mrs', 'Ms']);
  for (const m of text.matchAll(/\p{Lu}[\p{L}'\u2019.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'\u2019.-]*)*/gu)) {
    if (STOP.has(m[0])) continue;
    const spans = byName.get(m[0]) ?? [];
    spans.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    byName.set(m[0], spans);
  }
  return [...byName].map(([name, mentions], i) => ({
    id: toActorId(`f${i}`), entry: null, name, kind: 'person', country: null, memberOf: null, aliases: [], mentions, mentionIds: [], guessed: true,
  }));
}

/** Stretches between paired quote marks, found naively (curly pairs, straight marks toggled, reset at each paragraph). */
function quoteRegions(text: string): Span[] {
  const regions: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') { if (open >= 0) regions.push({ start: open, end: i }); open = -1; }
    else if (c === '\u201c' || (c === '"' && open < 0)) open = i;
    else if ((c === '\u201d' || c === '"') && open >= 0) { regions.push({ start: open, end: i + 1 }); open = -1; }
  }
  return regions;
}

// a content span is a direct quote when, without its marks and edge punctuation, it lies inside a quoted stretch
function isInside(text: string, c: Span, regions: readonly Span[]): boolean {
  let s = c.start, e = c.end;
  while (s < e && /[\s"\u201c\u201d,.]/.test(text.charAt(s))) s++;
  while (e > s && /[\s"\u201c\u201d,.]/.test(text.charAt(e - 1))) e--;
  return e > s && regions.some((g) => g.start < s && e <= g.end);
}
