import type { RejectionRecord } from '../../domain/index.js';
import { formatTable, type TableColumn } from './format-table.js';

const COLUMNS: readonly TableColumn[] = [{ header: 'time', min: 20 }, { header: 'origin', min: 16 }, { header: 'code', min: 12 }, { header: 'message', min: 20 }];

/** Rejected input items as a table for a terminal, oldest first, with a count. */
export function formatRejectsTable(rejections: readonly RejectionRecord[], width: number): string {
  const rows = rejections.map((r) => [r.at, r.origin, r.code, r.message]);
  const lines = rejections.length === 0 ? [] : formatTable(COLUMNS, rows, width);
  return [...lines, `${rejections.length} rejected input item${rejections.length === 1 ? '' : 's'}`].join('\n');
}
