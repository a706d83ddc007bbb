import type { ArticleRecord } from './article-record.js';
import type { BatchFormat } from './input-format.js';
import type { ByteSource } from './open-input-stream.js';
import { readArticleFile, type ReadArticleFileOptions } from './read-article-file.js';
import { readArticleRecords } from './read-article-records.js';
import { readCsvRecords } from './read-csv-records.js';
import { readFeedRecords } from './read-feed-records.js';
import type { CsvColumnOptions } from './resolve-csv-columns.js';
import { sniffInputFormat } from './sniff-input-format.js';

/** Options for reading any input. */
export interface ReadArticlesOptions extends ReadArticleFileOptions {
  /** For CSV and TSV: the header names of the columns that hold each field. */
  readonly columns?: CsvColumnOptions;
}

type BatchReader = (path: string, options: { format: BatchFormat; stdin?: ByteSource; columns?: CsvColumnOptions }) => AsyncGenerator<ArticleRecord>;

/** How each batch format is read, record by record. */
const BATCH_READERS: Readonly<Record<BatchFormat, BatchReader>> = {
  json: readArticleRecords,
  jsonl: readArticleRecords,
  csv: readCsvRecords,
  tsv: readCsvRecords,
  rss: readFeedRecords,
  atom: readFeedRecords,
  xml: readFeedRecords,
};

/**
 * Reads any input as a stream of article records: batches (`.jsonl`, `.jsonl.gz`, `.json`,
 * `.csv`, `.tsv`, `.rss`, `.atom`, `.xml` feeds) record by record, single-article files as one
 * record on line 1, and standard input as JSONL when its first non-space character is `{` (a JSON
 * array for `[`), else as one plain-text article, unless `format` says otherwise. The `date` and
 * `id` options apply to single articles only, `columns` to CSV and TSV. Throws `InputError` like
 * `readArticleFile` for single articles, and for a batch that cannot be read at all.
 */
export async function* readArticles(path: string, options: ReadArticlesOptions = {}): AsyncGenerator<ArticleRecord> {
  const { format, stdin } = await sniffInputFormat(path, options.format, options.stdin);
  if (format === 'txt' || format === 'md' || format === 'html') {
    const read = await readArticleFile(path, { ...options, format, stdin });
    yield { line: 1, ...read };
    return;
  }
  yield* BATCH_READERS[format](path, { format, stdin, columns: options.columns });
}
