import type { WorkerOptions } from 'node:worker_threads';

/** What `new Worker(filename, options)` needs to start a worker file of this folder. */
export interface WorkerEntry {
  readonly filename: string | URL;
  readonly options: Pick<WorkerOptions, 'eval' | 'execArgv'>;
}

/**
 * Finds the worker file `name` next to the module at `base` (pass `import.meta.url`). Compiled
 * (`dist/app/extract-pool/create-extract-pool.js`) it is `extract-worker.js`, started as is. Under
 * tsx (`.ts` sources) it is `extract-worker.ts`, started through a small bootstrap that registers
 * tsx in the worker first: Node 20 ignores loaders given in a worker's `execArgv` (nodejs/node#47747).
 */
export function resolveWorkerEntry(name: string, base: string): WorkerEntry {
  if (!base.endsWith('.ts')) return { filename: new URL(`./${name}.js`, base), options: {} };
  const target = new URL(`./${name}.ts`, base).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return { filename: bootstrap, options: { eval: true, execArgv: [] } };
}
