import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveCsvColumns, type CsvColumnOptions } from './resolve-csv-columns.js';

/** Rows: header, options, and the column of each field found (or the start of the error). */
const rows: [string, string[], CsvColumnOptions, Record<string, number | null> | RegExp][] = [
  ['defaults by name', ['id', 'headline', 'body', 'published', 'source', 'link'], {},
    { text: 2, title: 1, date: 3, outlet: 4, url: 5, id: 0 }],
  ['case, space and separators do not matter', [' Text ', 'Publish Date', 'PUBLISHER'], {},
    { text: 0, title: null, date: 1, outlet: 2, url: null, id: null }],
  ['the first default name wins', ['content', 'text'], {}, { text: 1, title: null, date: null, outlet: null, url: null, id: null }],
  ['options name the columns', ['story', 'when', 'text'], { text: 'Story', date: 'when' },
    { text: 0, title: null, date: 1, outlet: null, url: null, id: null }],
  ['a missing named column', ['text'], { title: 'heading' }, /no column "heading" for the title; the header has "text"/],
  ['no text column', ['title', 'date'], {}, /no column holds the article text.*"title", "date"/],
  ['an empty header', [], {}, /no columns/],
];

for (const [name, header, options, expected] of rows) {
  test(`resolveCsvColumns: ${name}`, () => {
    const columns = resolveCsvColumns(header, options);
    if (expected instanceof RegExp) {
      assert.ok('error' in columns);
      assert.match(columns.error, expected);
    } else {
      assert.ok('index' in columns);
      assert.deepEqual(columns.index, expected);
    }
  });
}
