// Helpers of store-bench.mjs: a large synthetic store made by saving corpus extractions many times
// over, each copy a new article in a later week, and the cache that keeps the result between runs.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

const DAY_MS = 86_400_000;
/** Days between copies: a whole number of weeks, so a week-precise date stays a Monday. */
export const SHIFT_DAYS_PER_COPY = 7;

/**
 * Copy `k` (k >= 1) of a saved extraction as a new article: a new id, its dates `7k` days later, and
 * every fourth word of its text replaced by a copy tag. The tag matters: with the text unchanged
 * the store's MinHash check would find copy 0 (similarity 1.0) and save every copy as a
 * near-duplicate of it, sharing its source and paying the candidate lookup, which a store of
 * distinct articles does not; with a tag in every 5-word shingle no two copies share a shingle.
 * Events, actors and evidence are unchanged (the evidence offsets no longer point into the
 * changed text, which no query reads). `hashContent` is the store's own text hash.
 */
export function copyExtraction(x, k, hashContent) {
  if (k === 0) return x;
  const shift = k * SHIFT_DAYS_PER_COPY;
  const d = x.document;
  let n = 0;
  const text = x.text.replace(/[\p{L}\p{N}]+/gu, (w) => (++n % 4 === 0 ? `q${k}z` : w));
  const document = {
    ...d,
    article: { ...d.article, id: `${d.article.id}~${k}`, published: shiftValue(d.article.published, shift) },
    events: d.events.map((e) => ({ ...e, date: { ...e.date, value: shiftValue(e.date.value, shift) } })),
    dates: d.dates.map((t) => ({ ...t, value: shiftValue(t.value, shift) })),
  };
  return { document, text, contentHash: hashContent(text), origin: `${x.origin}~${k}` };
}

/**
 * A date value moved by `days`: `YYYY-MM-DD` (with anything after it kept), `YYYY-MM` (the month
 * its first day moves into) or `YYYY`; anything else (null, malformed) as it is.
 */
export function shiftValue(value, days) {
  if (typeof value !== 'string') return value;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const ms = Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1'));
  if (Number.isNaN(ms)) return value;
  const moved = new Date(ms + days * DAY_MS).toISOString();
  if (m[3] !== undefined) return moved.slice(0, 10) + value.slice(10);
  if (m[2] !== undefined) return moved.slice(0, 7);
  return moved.slice(0, 4);
}

/**
 * Saves copies 0, 1, 2, ... of `base` (extractions ready to save) through `store.saveBatch`, in
 * batches of `batchSize` as ingest does, until the store holds `target` events. After each full
 * pass it projects the time to the target at the rate of that pass; when the projection passes
 * `budgetS`, the target drops to `fallback` events or the next 100,000 above what is stored,
 * whichever is larger, and `fallback` in the result says so. Progress goes to `log`.
 */
export async function fillStore(store, base, { target, budgetS, fallback, batchSize, hashContent, log }) {
  const t0 = performance.now();
  const outcomes = { stored: 0, 'near-duplicate': 0, duplicate: 0, unchanged: 0, updated: 0 };
  let [events, articles, copies, goal, lowered, lastLog] = [0, 0, 0, target, null, t0];
  const passes = [];
  for (let k = 0; events < goal; k++) {
    const passStart = performance.now();
    const passEvents = events;
    for (let i = 0; i < base.length && events < goal; i += batchSize) {
      const batch = base.slice(i, i + batchSize).map((x) => copyExtraction(x, k, hashContent));
      for (const o of await store.saveBatch(batch)) {
        outcomes[o.status] = (outcomes[o.status] ?? 0) + 1;
        events += o.events ?? 0;
        articles++;
      }
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        const s = (lastLog - t0) / 1000;
        log(`  building: copy ${k}, ${events.toLocaleString('en')} events, ${articles.toLocaleString('en')} articles in ${s.toFixed(0)} s (${(events / s).toFixed(0)} events/s)`);
      }
    }
    copies = k + 1;
    if (events === passEvents) throw new Error(`copy ${k} of the ${base.length} base extractions added no event; expected some`);
    const passS = (performance.now() - passStart) / 1000;
    const rate = (events - passEvents) / passS;
    passes.push({ copy: k, events: events - passEvents, seconds: Math.round(passS * 10) / 10, eventsPerS: Math.round(rate) });
    const projected = (performance.now() - t0) / 1000 + (goal - events) / rate;
    if (lowered === null && events < goal && projected > budgetS) {
      const next = Math.max(fallback, Math.ceil((events + 1) / 100_000) * 100_000);
      lowered = { requested: goal, projectedS: Math.round(projected), eventsPerSAtLowering: Math.round(rate), loweredTo: next };
      log(`  building: ${goal.toLocaleString('en')} events would take about ${(projected / 60).toFixed(0)} min at ${rate.toFixed(0)} events/s (budget ${(budgetS / 60).toFixed(0)} min); building ${next.toLocaleString('en')} events instead`);
      goal = next;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { events, articles, copies, seconds, eventsPerS: events / seconds, articlesPerS: articles / seconds, outcomes, fallback: lowered, passes };
}

/** Bytes of an SQLite file with its -wal and -shm files (0 for those absent). */
export function storeBytes(path) {
  const size = (p) => (existsSync(p) ? statSync(p).size : 0);
  return { db: size(path), wal: size(`${path}-wal`), shm: size(`${path}-shm`) };
}

/** The cache record of a built store (`PATH.json` beside it), or null when there is none or its key differs. */
export function readCache(path, key) {
  const meta = `${path}.json`;
  if (!existsSync(path) || !existsSync(meta)) return null;
  try {
    const record = JSON.parse(readFileSync(meta, 'utf8'));
    return record.key === key ? record : null;
  } catch {
    return null;
  }
}

/** Moves a closed store built at `building` to `path` and writes its cache record. */
export function commitCache(building, path, record) {
  removeStore(path);
  renameSync(building, path);
  for (const ext of ['-wal', '-shm']) if (existsSync(`${building}${ext}`)) renameSync(`${building}${ext}`, `${path}${ext}`);
  writeFileSync(`${path}.json`, `${JSON.stringify(record, null, 2)}\n`);
}

/** Deletes an SQLite file with its -wal, -shm and cache record. */
export function removeStore(path) {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}.json`]) rmSync(p, { force: true });
}
