import type { Command } from 'commander';
import { loadConfig } from '../app/config/load-config.js';
import { createExtractPool } from '../app/extract-pool/index.js';
import { recode } from '../app/ingest/index.js';
import { defaultStorePath, openStore } from '../app/open-store.js';
import { createProgress } from './progress/index.js';

/** `sitrep recode`: re-extract stored articles after the pipeline or the knowledge base changed. */
export function registerRecode(program: Command): void {
  program
    .command('recode')
    .description('re-extract stored articles whose results were made by another sitrep version or knowledge base, and report what changed')
    .option('--db <file>', `the SQLite store (default: ${defaultStorePath()}, or $SITREP_DB)`)
    .option('--data <dir...>', 'extra knowledge-base folder(s), as given to ingest')
    .option('--workers <n>', 'worker threads for extraction (default: all cores)')
    .option('--quiet', 'no progress lines')
    .addHelpText('after', '\nExamples:\n  sitrep recode\n  sitrep recode --db syria.db --data my-actors/')
    .action(async (flags: { db?: string; data?: string[]; workers?: string; quiet?: boolean }) => {
      const store = await openStore(flags.db ?? defaultStorePath());
      const pool = await createExtractPool({ ...(flags.workers ? { workers: Number(flags.workers) } : {}), extractor: { userDataDirs: flags.data ?? loadConfig().data } });
      const progress = createProgress({ stream: process.stderr, label: 'recode', quiet: flags.quiet === true });
      let seen = 0;
      try {
        const s = await recode(store, pool, { onProgress: (x) => { progress.tick(x.articles + x.failed - seen); seen = x.articles + x.failed; } });
        progress.done({ changed: s.changed, added: s.added, removed: s.removed });
        process.stdout.write(s.articles + s.failed === 0
          ? 'every stored article is up to date with this sitrep and knowledge base\n'
          : `re-extracted ${s.articles} articles in ${s.seconds.toFixed(1)} s: ${s.changed} changed (${s.added} events added, ${s.removed} removed)${s.failed ? `; ${s.failed} failed` : ''}\n`);
      } finally {
        await pool.close();
        await store.close();
      }
    });
}
