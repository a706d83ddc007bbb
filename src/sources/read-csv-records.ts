import { InputError } from '../domain/index.js';
import type { ArticleRecord } from './article-record.js';
import { decodeText } from './decode-text.js';
import { InputFileError } from './input-file-error.js';
import { inputName, resolveInputFormat, STDIN_PATH } from './input-format.js';
import { looksBinary } from './looks-binary.js';
import { assertReadableFile, openInputStream, type ByteSource } from './open-input-stream.js';
import { parseCsvRecord } from './parse-csv-record.js';
import { parseCsvRows } from './parse-csv-rows.js';
import { resolveCsvColumns, type CsvColumnOptions, type CsvColumns } from './resolve-csv-columns.js';
import { stopAtDamage } from './stop-at-damage.js';
import { toUtf8Chunks } from './to-utf8-chunks.js';

/** Options for reading a CSV or TSV file. */
export interface ReadCsvRecordsOptions {
  /** `csv` or `tsv`, overriding the extension (standard input defaults to `csv`). */
  readonly format?: string;
  /** Header names of the columns that hold each field; see `DEFAULT_COLUMNS` for the defaults. */
  readonly columns?: CsvColumnOptions;
  /** What `-` reads instead of process.stdin (for tests and embedding). */
  readonly stdin?: ByteSource;
}

/**
 * Streams the articles of a CSV (`.csv`, `.csv.gz`) or TSV (`.tsv`) file with a header row, one
 * row at a time; each record carries the line its row starts on (the header is line 1). A bad row
 * becomes an error record and reading goes on; a cut gzip file ends with `input/truncated`.
 * Throws `InputError` for an input that cannot be opened, is not CSV or TSV, or whose header
 * (read before the first record) has no text column or looks binary.
 */
export async function* readCsvRecords(path: string, options: ReadCsvRecordsOptions = {}): AsyncGenerator<ArticleRecord> {
  const name = inputName(path);
  if (path !== STDIN_PATH) await assertReadableFile(path);
  const format = resolveInputFormat(path, options.format, 'csv');
  if (format !== 'csv' && format !== 'tsv') throw new InputError('input/format', `${name} is ${format}, not CSV or TSV`);
  const bytes = toUtf8Chunks(await openInputStream(path, options.stdin));
  let columns: CsvColumns | null = null;
  for await (const row of stopAtDamage(parseCsvRows(bytes, format === 'tsv' ? '\t' : ','), name)) {
    if ('error' in row) yield row;
    else if (columns !== null) {
      const record = parseCsvRecord(row, columns);
      if (record !== null) yield record;
    } else if (row.fields === null || row.fields.length > 1 || row.fields[0]?.length !== 0) {
      // Blank lines before the header are skipped, like blank lines between rows.
      if (row.fields === null) throw new InputFileError('malformed', `${name}: its header row is unreadable (${row.problem}); expected a header row naming the columns`);
      const header = row.fields.map((field) => decodeText(field).text.trim());
      if (looksBinary(header.join(','))) throw new InputFileError('binary', `${name} looks binary (NUL bytes or many control characters), not ${format.toUpperCase()} text`);
      const resolved = resolveCsvColumns(header, options.columns);
      if ('error' in resolved) throw new InputFileError('malformed', `${name}: ${resolved.error}`);
      columns = resolved;
    }
  }
}
