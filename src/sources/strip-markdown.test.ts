import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkdown } from './strip-markdown.js';

const rows: [string, string, string][] = [
  ['emphasis', 'The **army** and the *police* and __rebels__ and _militias_.', 'The army and the police and rebels and militias.'],
  ['snake_case survives', 'The file_name_here stays.', 'The file_name_here stays.'],
  ['links and images', 'See [the report](https://x.org) ![photo](a.jpg)and [ref][1].\n[1]: https://x.org', 'See the report and ref.'],
  ['headings, quotes and lists', '## Aid\n> "Help," he said.\n- One item\n2. Two', 'Aid\n"Help," he said.\nOne item\nTwo'],
  ['rules and fences', 'A.\n\n---\n\n```\ncode\n```\n\n* * *\nB.', 'A.\n\ncode\n\nB.'],
  ['inline code and html', 'Use `sitrep` now<br/>.', 'Use sitrep now.'],
  ['arithmetic is not emphasis', '2 * 3 * 4 = 24', '2 * 3 * 4 = 24'],
];

for (const [name, markdown, text] of rows) {
  test(`stripMarkdown: ${name}`, () => assert.equal(stripMarkdown(markdown).text, text));
}

test('stripMarkdown takes a leading # heading apart', () => {
  assert.deepEqual(stripMarkdown('# Talks **resume**\n\nBody.'), { heading: 'Talks resume', text: 'Body.' });
  assert.deepEqual(stripMarkdown('Body.\n\n# Later heading'), { heading: null, text: 'Body.\n\nLater heading' });
});
