import type { Diagnostic } from '../domain/index.js';
import type { ArticleRecord } from './article-record.js';
import { decodeText } from './decode-text.js';
import { looksBinary } from './looks-binary.js';
import type { CsvRow } from './parse-csv-rows.js';
import { parseArticleRecord } from './parse-article-record.js';
import type { CsvColumns } from './resolve-csv-columns.js';

/**
 * Turns one data row of a CSV or TSV file into an article record, its cells picked by `columns`:
 * a row without text is an `article/empty` error, a row of another width than the header gets an
 * `input/bad-field` warning, a bad date `article/bad-date`; a blank line gives null.
 */
export function parseCsvRecord(row: CsvRow, columns: CsvColumns): ArticleRecord | null {
  const { line } = row;
  if (row.fields === null) {
    const message = row.problem === 'too-long'
      ? `the row on line ${line} is too long to be one article; it was skipped`
      : `a quoted field opens on line ${line} and is never closed, so the rest of the file is one broken row; it was skipped`;
    return { line, error: { code: 'input/bad-line', message } };
  }
  if (row.fields.length === 1 && row.fields[0]?.length === 0) return null;
  const decoded = row.fields.map((bytes) => decodeText(bytes));
  // "Line one\r\nLine two" in a quoted cell -> "\n", as for files.
  const cell = (at: number | null): string | undefined => (at === null ? undefined : decoded[at]?.text.replace(/\r\n?/g, '\n'));
  const text = cell(columns.index.text);
  const textColumn = columns.header[columns.index.text] ?? 'text';
  if (text === undefined || text.trim() === '') return { line, error: { code: 'article/empty', message: `line ${line} has no text in column "${textColumn}"` } };
  if (looksBinary(text)) return { line, error: { code: 'article/binary', message: `line ${line} looks binary (NUL bytes or many control characters) in column "${textColumn}"` } };

  const { title, date, outlet, url, id } = columns.index;
  const result = parseArticleRecord({ text, title: cell(title), date: cell(date), outlet: cell(outlet), url: cell(url), id: cell(id) });
  if ('error' in result) return { line, error: { code: result.error.code, message: `line ${line}: ${result.error.message}` } };
  const diagnostics: Diagnostic[] = [];
  // One encoding warning per row, however many of its cells were not UTF-8.
  const encoding = decoded.flatMap((d) => d.diagnostics)[0];
  if (encoding !== undefined) diagnostics.push(encoding);
  if (row.fields.length !== columns.header.length) {
    const message = `line ${line} has ${row.fields.length} fields where the header has ${columns.header.length}; cells were matched to columns by position`;
    diagnostics.push({ code: 'input/bad-field', severity: 'warning', message });
  }
  return { line, article: result.article, diagnostics: [...diagnostics, ...result.diagnostics] };
}
