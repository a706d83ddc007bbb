import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticleLine } from './parse-article-line.js';

const codeOf = (line: string | Buffer | null): string | null => {
  const bytes = line === null ? null : Buffer.isBuffer(line) ? line : Buffer.from(line);
  const record = parseArticleLine({ line: 3, bytes });
  if (record === null) return null;
  return 'error' in record ? record.error.code : 'ok';
};

const rows: [string, string | Buffer | null, string | null][] = [
  ['a good record', '{"text":"Talks resumed."}', 'ok'],
  ['a blank line', '   ', null],
  ['not JSON', 'hello', 'input/bad-line'],
  ['JSON but not an object', '[1,2]', 'input/bad-line'],
  ['no text', '{"title":"x"}', 'input/bad-line'],
  ['an empty text', '{"text":" "}', 'article/empty'],
  ['binary bytes', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d]), 'article/binary'],
  ['a line too long', null, 'input/bad-line'],
];

for (const [name, line, code] of rows) {
  test(`parseArticleLine: ${name}`, () => assert.equal(codeOf(line), code));
}

test('parseArticleLine decodes a latin-1 line and says so', () => {
  const bytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from(' in Paris"}')]);
  const record = parseArticleLine({ line: 1, bytes });
  assert.ok(record !== null && !('error' in record));
  assert.equal(record.article.text, 'café in Paris');
  assert.deepEqual(record.diagnostics.map((d) => d.code), ['input/bad-encoding']);
});
