// Runs a benchmark script as N worker threads over shares of the articles (see serveWorker in
// extract-bench.mjs): each loads its extractor and says "ready"; the clock for throughput starts
// once all are ready, so that start-up is measured apart from extraction.
import { Worker } from 'node:worker_threads';

/**
 * Extracts `articles` on `n` workers, each warmed up on `warmUp` first; returns throughput with and
 * without start-up (and warm-up), the slowest worker's start-up and the events found.
 */
export async function runWorkers(script, articles, n, warmUp = []) {
  const t0 = performance.now();
  const shares = Array.from({ length: n }, (_, i) => articles.filter((_, j) => j % n === i));
  const workers = shares.map((share) => new Worker(script, { workerData: { articles: share, warmUp } }));
  const ready = await Promise.all(workers.map((w) => nextMessage(w, 'ready')));
  const t1 = performance.now();
  const done = workers.map((w) => nextMessage(w, 'done'));
  for (const w of workers) w.postMessage('go');
  const results = await Promise.all(done);
  const t2 = performance.now();
  await Promise.all(workers.map((w) => w.terminate()));
  return {
    throughput: articles.length / ((t2 - t1) / 1000),
    throughputWithStartup: articles.length / ((t2 - t0) / 1000),
    startupS: Math.max(...ready.map((m) => m.startupMs)) / 1000,
    events: results.reduce((s, m) => s + m.events, 0),
  };
}

/** The next message of `type` from a worker; rejects when the worker fails or exits first. */
function nextMessage(worker, type) {
  return new Promise((resolve, reject) => {
    const onMessage = (m) => { if (m?.type === type) { cleanup(); resolve(m); } };
    const onError = (err) => { cleanup(); reject(err); };
    const onExit = (code) => { cleanup(); reject(new Error(`a bench worker exited with code ${code} before "${type}"`)); };
    const cleanup = () => { worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExit); };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}
