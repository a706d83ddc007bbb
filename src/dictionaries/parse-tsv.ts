import { DataError } from '../domain/index.js';

/** One data row with the line it came from, for `file:line` messages. */
export interface TsvRow {
  readonly file: string;
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Parses a tab-separated data file: `#` comments and blank lines are skipped, the first other
 * line is the header, and every row must have exactly the header's columns.
 */
export function parseTsv(text: string, file: string, expectedColumns: readonly string[]): TsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (header === null) {
      header = checkHeader(cells, file, line, expectedColumns);
      return;
    }
    if (cells.length !== header.length) throw columnCountError(file, line, cells.length, header);
    const record: Record<string, string> = {};
    header.forEach((name, j) => { record[name] = cells[j] ?? ''; });
    rows.push({ file, line, cells: record });
  });
  return rows;
}

/**
 * Reads a large generated data file row by row, with the checks of `parseTsv` but no object per
 * row: `onRow` gets the cells in the order of `columns` (valid until the next row).
 */
export function forEachTsvRow(text: string, file: string, columns: readonly string[], onRow: (cells: readonly string[], line: number) => void): void {
  let header: string[] | null = null;
  let order: number[] = [];
  const cells: string[] = columns.map(() => '');
  let line = 0;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    line++;
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const parts = raw.split('\t');
    if (header === null) {
      const named = checkHeader(parts.map((c) => c.trim()), file, line, columns);
      header = named;
      order = columns.map((c) => named.indexOf(c));
      continue;
    }
    if (parts.length !== header.length) throw columnCountError(file, line, parts.length, header);
    order.forEach((at, i) => { cells[i] = (parts[at] ?? '').trim(); });
    onRow(cells, line);
  }
}

function checkHeader(cells: string[], file: string, line: number, expectedColumns: readonly string[]): string[] {
  const missing = expectedColumns.filter((c) => !cells.includes(c));
  if (missing.length > 0) {
    throw new DataError('data/invalid', `${file}:${line}: header lacks column(s) ${missing.join(', ')}; expected the columns ${expectedColumns.join(', ')}`);
  }
  return cells;
}

function columnCountError(file: string, line: number, count: number, header: readonly string[]): DataError {
  return new DataError('data/invalid', `${file}:${line}: ${count} columns, expected ${header.length} (${header.join(', ')}); separate columns with one tab`);
}

/** Splits a multi-valued cell (`a|b|c`) into its non-empty values. */
export function splitValues(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split('|').map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Throws a `file:line` data error. */
export function rowError(row: TsvRow, message: string): DataError {
  return new DataError('data/invalid', `${row.file}:${row.line}: ${message}`);
}
