// Helpers of extract-bench.mjs: a plain-text table, and the wall time of a cold CLI run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows under a header, columns padded to their widest cell. */
export function formatTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const SHORT_ARTICLE = 'Turkey and Russia hold talks\n\nTurkish Defence Minister Hulusi Akar met his Russian counterpart in Moscow on Wednesday.\n';

/**
 * Median wall time, in seconds, of `node MAIN extract --format json` on one short article: what a
 * user waits for from the command line (Node start, imports, dictionaries, one article). Throws
 * when the CLI fails.
 */
export function timeCli(mainJs, runs = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, SHORT_ARTICLE);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const run = spawnSync(process.execPath, [mainJs, 'extract', '--format', 'json', '--date', '2023-01-04', file], { encoding: 'utf8' });
      times.push((performance.now() - t) / 1000);
      if (run.status !== 0) throw new Error(`the CLI failed (${run.status}): ${run.stderr}`);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
