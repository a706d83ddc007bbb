import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RejectionRecord } from '../../domain/index.js';
import { formatRejectsTable } from './format-rejects-table.js';

const ROWS: readonly [string, readonly RejectionRecord[], readonly string[]][] = [
  ['one row per item, oldest first as given', [
    { origin: 'feeds/bad.jsonl:3', code: 'input/format', message: 'line 3 is not a JSON object', at: '2023-01-05T10:00:00.000Z' },
    { origin: 'in/empty.txt', code: 'input/empty', message: 'no text', at: '2023-01-06T09:00:00.000Z' },
  ], [
    'time                      origin             code          message',
    '2023-01-05T10:00:00.000Z  feeds/bad.jsonl:3  input/format  line 3 is not a JSON object',
    '2023-01-06T09:00:00.000Z  in/empty.txt       input/empty   no text',
    '2 rejected input items',
  ]],
  ['none', [], ['0 rejected input items']],
];

for (const [name, rejections, expected] of ROWS) {
  test(`formatRejectsTable: ${name}`, () => assert.deepEqual(formatRejectsTable(rejections, 120).split('\n'), expected));
}

test('formatRejectsTable: a long message is cut to fit 120 columns', () => {
  const [, row] = formatRejectsTable([{ origin: 'x', code: 'input/format', message: 'm'.repeat(300), at: '2023-01-05T10:00:00.000Z' }], 120).split('\n');
  assert.equal([...(row ?? '')].length, 120);
  assert.ok(row?.endsWith('…'));
});
