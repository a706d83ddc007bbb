import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTable, type TableColumn } from './format-table.js';

const COLUMNS: readonly TableColumn[] = [{ header: 'date' }, { header: 'who' }, { header: 'n', align: 'right' }];

const ROWS: readonly [string, readonly (readonly string[])[], number, readonly string[]][] = [
  ['fits: columns as wide as their widest cell', [['2022-12-28', 'Turkey', '3'], ['2023-01-04', 'Russia + Syria', '12']], 120,
    ['date        who              n', '2022-12-28  Turkey           3', '2023-01-04  Russia + Syria  12']],
  ['too wide: the widest column is cut with …', [['2022-12-28', 'Turkish Defence Ministry -> Syrian Defence Ministry', '1']], 40,
    ['date        who                        n', '2022-12-28  Turkish Defence Ministry…  1']],
  ['line breaks in cells become spaces', [['2022', 'a\nb', '1']], 120, ['date  who  n', '2022  a b  1']],
  ['no rows: just the header', [], 120, ['date  who  n']],
];

for (const [name, rows, width, expected] of ROWS) {
  test(`formatTable: ${name}`, () => {
    const lines = formatTable(COLUMNS, rows, width);
    assert.deepEqual(lines, expected);
    for (const l of lines) assert.ok([...l].length <= width, `"${l}" is longer than ${width}`);
  });
}
