import { textWidth, truncateText } from './truncate-text.js';

/** A column of a text table: its header, alignment, and how narrow it may be squeezed. */
export interface TableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** The narrowest the column is cut to when the table is too wide (default 6, or its content if narrower). */
  readonly min?: number;
}

const GAP = '  ';

/**
 * Lays rows out under a header, each column as wide as its widest cell; when the table is wider than
 * `width`, the widest columns are narrowed first and their cells cut with "…".
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): string[] {
  const cells = rows.map((row) => columns.map((_, i) => (row[i] ?? '').replace(/[\t\r\n]+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(textWidth(c.header), ...cells.map((r) => textWidth(r[i] ?? ''))));
  const mins = columns.map((c, i) => Math.min(widths[i] ?? 0, c.min ?? 6));
  let excess = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (columns.length - 1) - width;
  while (excess > 0) {
    // Narrow the widest column that can still give a character.
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if ((widths[i] ?? 0) > (mins[i] ?? 0) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  const line = (row: readonly string[]): string => columns.map((c, i) => {
    const w = widths[i] ?? 0;
    const text = truncateText(row[i] ?? '', w);
    const pad = ' '.repeat(Math.max(0, w - textWidth(text)));
    return c.align === 'right' ? pad + text : text + pad;
  }).join(GAP).trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)];
}
