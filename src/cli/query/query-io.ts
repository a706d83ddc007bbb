/** Where the query commands write: results to `out`, notes to `err`; injected so that tests can capture them. */
export interface QueryIo {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** Whether `out` is a terminal: tables and text by default, machine formats otherwise. */
  readonly isTTY: boolean;
  /** The width tables are fitted to. */
  readonly columns: number;
}

/** Width of tables written to a file or pipe, or to a terminal of unknown width. */
export const DEFAULT_COLUMNS = 120;

/** The process's standard output and error; tables fit a terminal's width (60 columns at least). */
export function createProcessIo(): QueryIo {
  const isTTY = process.stdout.isTTY === true;
  return {
    out: process.stdout,
    err: process.stderr,
    isTTY,
    columns: isTTY ? Math.max(60, process.stdout.columns || DEFAULT_COLUMNS) : DEFAULT_COLUMNS,
  };
}
