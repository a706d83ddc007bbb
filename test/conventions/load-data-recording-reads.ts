import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { loadEventLexicon, loadKnowledgeBase, type EventLexicon, type KnowledgeBase } from '../../src/dictionaries/index.js';
import { loadGazetteer, type Gazetteer } from '../../src/dictionaries/gazetteer/index.js';

/** sitrep's dictionaries, and the absolute paths of every file that loading them read. */
export interface RecordedData {
  readonly kb: KnowledgeBase;
  readonly lexicon: EventLexicon;
  readonly gazetteer: Gazetteer;
  readonly read: ReadonlySet<string>;
}

const loaded = new Map<string, RecordedData>();

/**
 * Loads the knowledge base, event lexicon and gazetteer of `dataDir` once (later calls reuse them),
 * noting every file the loaders read: `fs.readFileSync` is wrapped for the duration, and
 * `syncBuiltinESMExports` makes the loaders' `import { readFileSync } from 'node:fs'` see the wrapper.
 */
export function loadDataRecordingReads(dataDir: string): RecordedData {
  const cached = loaded.get(dataDir);
  if (cached) return cached;
  const read = new Set<string>();
  const original = fs.readFileSync;
  const recording = (path: fs.PathOrFileDescriptor, ...rest: unknown[]): unknown => {
    if (typeof path === 'string' || path instanceof URL) read.add(resolve(path instanceof URL ? path.pathname : path));
    return (original as (...args: unknown[]) => unknown)(path, ...rest);
  };
  (fs as { readFileSync: unknown }).readFileSync = recording;
  syncBuiltinESMExports();
  try {
    const data = { kb: loadKnowledgeBase(dataDir), lexicon: loadEventLexicon(dataDir), gazetteer: loadGazetteer(dataDir), read };
    loaded.set(dataDir, data);
    return data;
  } finally {
    fs.readFileSync = original;
    syncBuiltinESMExports();
  }
}
