import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitTitle } from './split-title.js';

const rows: [string, string, string | null, string][] = [
  ['a short first line and a blank line', 'Turkey rejects offer\n\nANKARA - Turkey said no.', 'Turkey rejects offer', 'ANKARA - Turkey said no.'],
  ['blank line with spaces', 'Title here\n   \nBody.', 'Title here', 'Body.'],
  ['a question is a title', 'Will talks resume?\n\nNobody knows.', 'Will talks resume?', 'Nobody knows.'],
  ['a first line ending in a period', 'Turkey said no.\n\nIt said so twice.', null, 'Turkey said no.\n\nIt said so twice.'],
  ['no blank line after the first line', 'Turkey rejects offer\nANKARA - Turkey said no.', null, 'Turkey rejects offer\nANKARA - Turkey said no.'],
  ['a long first line', `${'word '.repeat(45)}end\n\nBody.`, null, `${'word '.repeat(45)}end\n\nBody.`],
  ['nothing after the blank line', 'Only a title\n\n', null, 'Only a title'],
  ['leading blank lines are ignored', '\n\nTitle\n\nBody.', 'Title', 'Body.'],
];

for (const [name, text, title, body] of rows) {
  test(`splitTitle: ${name}`, () => assert.deepEqual(splitTitle(text), { title, body }));
}
