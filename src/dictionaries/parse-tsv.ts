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
      header = cells;
      const missing = expectedColumns.filter((c) => !cells.includes(c));
      if (missing.length > 0) {
        throw new DataError('data/invalid', `${file}:${line}: header lacks column(s) ${missing.join(', ')}; expected the columns ${expectedColumns.join(', ')}`);
      }
      return;
    }
    if (cells.length !== header.length) {
      throw new DataError('data/invalid', `${file}:${line}: ${cells.length} columns, expected ${header.length} (${header.join(', ')}); separate columns with one tab`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, j) => { record[name] = cells[j] ?? ''; });
    rows.push({ file, line, cells: record });
  });
  return rows;
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
