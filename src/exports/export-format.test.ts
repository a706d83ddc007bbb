import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../domain/index.js';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, isExportFormat, parseExportFormat } from './export-format.js';

const rows: [unknown, boolean][] = [
  ['plover-jsonl', true], ['gdelt', true], ['csv', true], ['geojson', true], ['gexf', true], ['graphml', true],
  ['GDELT', false], ['json', false], ['', false], [null, false], [3, false],
];

for (const [value, expected] of rows) {
  test(`isExportFormat(${JSON.stringify(value)}) is ${expected}`, () => assert.equal(isExportFormat(value), expected));
}

test('parseExportFormat refuses an unknown name with code usage, listing the valid formats', () => {
  assert.equal(parseExportFormat('gexf'), 'gexf');
  assert.throws(() => parseExportFormat('xls'), (err: unknown) =>
    err instanceof SitrepError && err.code === 'usage' && EXPORT_FORMATS.every((f) => err.message.includes(f)));
});

test('every format has a file extension and a media type', () => {
  assert.deepEqual(Object.keys(EXPORT_FILE_TYPES).sort(), [...EXPORT_FORMATS].sort());
});
