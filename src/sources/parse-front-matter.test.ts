import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from './parse-front-matter.js';

const rows: [string, string, Record<string, unknown>, string, string[]][] = [
  ['fields and body', '---\ntitle: Talks\ndate: 2024-03-05\nid: 7\n---\nBody text.', { title: 'Talks', date: '2024-03-05', id: 7 }, 'Body text.', []],
  ['closing with ...', '---\ntitle: Talks\n...\nBody.', { title: 'Talks' }, 'Body.', []],
  ['no front matter', 'Just a body.\n---\nmore', {}, 'Just a body.\n---\nmore', []],
  ['empty front matter', '---\n---\nBody.', {}, 'Body.', []],
  ['a list is not a mapping', '---\n- a\n- b\n---\nBody.', {}, 'Body.', ['input/bad-field']],
  ['invalid YAML', '---\ntitle: [unclosed\n---\nBody.', {}, 'Body.', ['input/bad-field']],
];

for (const [name, text, fields, body, codes] of rows) {
  test(`parseFrontMatter: ${name}`, () => {
    const parsed = parseFrontMatter(text);
    assert.deepEqual(parsed.fields, fields);
    assert.equal(parsed.body, body);
    assert.deepEqual(parsed.diagnostics.map((d) => d.code), codes);
  });
}
