import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRecordError } from './article-record.js';
import { createArticleId } from './create-article-id.js';
import { parseArticleRecord } from './parse-article-record.js';

const text = 'Troops withdrew from the town, the ministry said.';

/** Rows: the record, then the expected article fields (a subset) and diagnostic codes. */
const accepted: [string, unknown, Record<string, unknown>, string[]][] = [
  ['a full record', { id: 'a1', title: ' Troops  withdraw ', text, date: '2024-03-05', source: 'Wire', url: 'https://x.org/a' },
    { id: 'a1', title: 'Troops withdraw', text, published: '2024-03-05', outlet: 'Wire', url: 'https://x.org/a' }, []],
  ['body and published', { body: text, published: '2024-03-05T22:00:00-05:00', outlet: 'Wire' }, { text, published: '2024-03-05', outlet: 'Wire' }, []],
  ['content', { content: text }, { text, title: null, published: null, outlet: null, url: null }, []],
  ['text wins over body', { text, body: 'other' }, { text }, []],
  ['numbers and nulls are tolerated', { id: 42, title: 7, text, date: null, url: null }, { id: '42', title: '7', published: null, url: null }, []],
  ['a source object with a name', { text, source: { id: 'bbc', name: 'BBC News' } }, { outlet: 'BBC News' }, []],
  ['an invalid date', { text, date: '2024-02-30' }, { published: null }, ['article/bad-date']],
  ['a date that is a number', { text, date: 20240305 }, { published: null }, ['article/bad-date']],
  ['a title that is an array', { text, title: ['a'] }, { title: null }, ['input/bad-field']],
  ['no id: hash of the text', { text }, { id: createArticleId(text) }, []],
  ['an empty id: hash of the text', { id: '  ', text }, { id: createArticleId(text) }, []],
];

for (const [name, record, expected, codes] of accepted) {
  test(`parseArticleRecord accepts ${name}`, () => {
    const result = parseArticleRecord(record);
    assert.ok(!isRecordError(result), JSON.stringify(result));
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(result.article[key as keyof typeof result.article], value, key);
    assert.deepEqual(result.diagnostics.map((d) => d.code), codes);
  });
}

const rejected: [string, unknown, string][] = [
  ['no text', { title: 'x' }, 'input/bad-line'],
  ['a text that is a number', { text: 5 }, 'input/bad-line'],
  ['an empty text', { text: '  \n ' }, 'article/empty'],
  ['an array', [{ text }], 'input/bad-line'],
  ['a string', 'text', 'input/bad-line'],
  ['null', null, 'input/bad-line'],
];

for (const [name, record, code] of rejected) {
  test(`parseArticleRecord rejects ${name}`, () => {
    const result = parseArticleRecord(record);
    assert.ok(isRecordError(result));
    assert.equal(result.error.code, code);
  });
}

test('parseArticleRecord uses the fallback id before the hash', () => {
  const result = parseArticleRecord({ text }, 'file-1');
  assert.ok(!isRecordError(result));
  assert.equal(result.article.id, 'file-1');
});

test('parseArticleRecord truncates a very long text', () => {
  const result = parseArticleRecord({ text: 'A sentence here. '.repeat(150_000) });
  assert.ok(!isRecordError(result));
  assert.ok(result.article.text.length <= 2_000_000);
  assert.deepEqual(result.diagnostics.map((d) => d.code), ['article/truncated']);
});
