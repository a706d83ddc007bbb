import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { formatOfPath, STDIN_PATH } from './input-format.js';
import { listInputFiles } from './list-input-files.js';

/** Byte values that end a record line, and that open a feed item ("<item", "<entry"). */
const NEWLINE = 0x0a;

/**
 * Estimates how many items `readInputs` will yield for these paths, for a progress ETA: one per
 * single-article file or skipped file, one per non-empty line of JSONL, one per row of CSV/TSV
 * (lines less the header), one per `<item`/`<entry` of a feed. Null when a path is standard input,
 * which cannot be read twice. Reading errors count the file as one item; this never throws.
 */
export async function countInputItems(paths: readonly string[]): Promise<number | null> {
  if (paths.includes(STDIN_PATH)) return null;
  let total = 0;
  for (const path of paths) {
    for await (const entry of listInputFiles(path)) {
      if ('error' in entry) { total++; continue; }
      const format = formatOfPath(entry.path);
      try {
        if (format === 'jsonl') total += await countLines(entry.path);
        else if (format === 'csv' || format === 'tsv') total += Math.max(1, (await countLines(entry.path)) - 1);
        else if (format === 'rss' || format === 'atom' || format === 'xml') total += Math.max(1, await countFeedItems(entry.path));
        else total++;
      } catch {
        total++;
      }
    }
  }
  return total;
}

function open(path: string): NodeJS.ReadableStream {
  const stream = createReadStream(path);
  return /\.gz$/i.test(path) ? stream.pipe(createGunzip()) : stream;
}

/** Non-empty lines (a last line without a newline counts). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let pending = false;
  for await (const chunk of open(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === NEWLINE) { if (pending) lines++; pending = false; } else if (chunk[i] !== 0x0d && chunk[i] !== 0x20) pending = true;
    }
  }
  return lines + (pending ? 1 : 0);
}

async function countFeedItems(path: string): Promise<number> {
  let text = '';
  for await (const chunk of open(path) as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  return (text.match(/<(?:item|entry)[\s>]/g) ?? []).length;
}
