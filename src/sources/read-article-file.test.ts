import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError, type Article } from '../domain/index.js';
import { createArticleId } from './create-article-id.js';
import { readArticleFile } from './read-article-file.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/inputs');
const dir = await mkdtemp(join(tmpdir(), 'sitrep-sources-'));

/** Writes a file into the temp dir and returns its path. */
async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const formats: [string, Partial<Article>, RegExp][] = [
  ['article.txt', { title: 'Turkey rejects Russian offer on Syria talks', published: null, outlet: null }, /^ANKARA - Turkey on Monday rejected[\s\S]*reporters in Ankara\.$/],
  ['article-no-title.txt', { title: null }, /^Turkey on Monday rejected a Russian offer to host talks on northern Syria\.\nThe foreign/],
  ['article.md', { id: 'kenya-haiti-1' as Article['id'], title: 'Kenya deploys police to Haiti', published: '2024-06-25', outlet: 'Nairobi Herald', url: 'https://example.org/kenya-haiti' },
    /^The first contingent of Kenyan police arrived in Port-au-Prince on Tuesday\.\n\n"We are here to help," the commander said\.\n\nOfficers will patrol the capital\.$/],
  ['article-heading.md', { title: 'Protesters march in Tbilisi' }, /^Thousands of protesters marched in Tbilisi on Sunday against a proposed law\.$/],
  ['article.html', { title: 'Ceasefire agreed in Sudan', published: '2023-05-21', outlet: 'The Daily Courier', url: 'https://example.org/world/sudan-ceasefire' },
    /^The Sudanese army and the Rapid Support Forces agreed[^\n]*Jeddah said\.\n\nThe truce, brokered by Saudi Arabia & the United States, takes effect on Monday evening\. It is the seventh such agreement\.\n\nAid convoys\n\nAid groups said they hoped to reach Khartoum\nwithin days\.$/],
  ['article-dense.html', { title: 'Floods displace thousands in Pakistan', published: '2022-08-29', url: 'https://example.org/pakistan-floods' },
    /^Floods in southern Pakistan have displaced thousands of families, officials said on Monday\.\n\nThe army deployed helicopters to rescue people stranded in Sindh province\.$/],
  ['article.json', { id: '42' as Article['id'], title: 'Leaders meet in Brussels', published: '2024-02-01', outlet: 'EU News', url: null }, /^EU leaders met in Brussels on Thursday to discuss aid to Ukraine\.$/],
];

for (const [name, expected, text] of formats) {
  test(`readArticleFile reads ${name}`, async () => {
    const { article, diagnostics } = await readArticleFile(join(fixtures, name));
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(article[key as keyof Article], value, key);
    assert.match(article.text, text);
    assert.deepEqual(diagnostics, []);
  });
}

test('readArticleFile gives a stable id across two reads', async () => {
  const path = join(fixtures, 'article.txt');
  const [a, b] = [await readArticleFile(path), await readArticleFile(path)];
  assert.equal(a.article.id, b.article.id);
  assert.equal(a.article.id, createArticleId(a.article.text));
});

test('readArticleFile applies the date and id options', async () => {
  const path = await file('dated.json', '{"text": "Talks resumed.", "date": "not a date", "id": "x"}');
  const { article, diagnostics } = await readArticleFile(path, { date: '2024-03-05T10:00:00Z', id: 'mine' });
  assert.equal(article.published, '2024-03-05');
  assert.equal(article.id, 'mine');
  assert.deepEqual(diagnostics, []);
  const kept = await readArticleFile(path, { date: null });
  assert.equal(kept.article.id, 'x');
  assert.deepEqual(kept.diagnostics.map((d) => d.code), ['article/bad-date']);
});

test('readArticleFile normalises CRLF line ends', async () => {
  const { article } = await readArticleFile(await file('crlf.txt', 'Title\r\n\r\nLine one.\r\nLine two.\r\n'));
  assert.equal(article.title, 'Title');
  assert.equal(article.text, 'Line one.\nLine two.');
});

test('readArticleFile decodes latin-1 with a diagnostic, and UTF-16 with a BOM', async () => {
  const latin = await readArticleFile(await file('latin.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e])));
  assert.equal(latin.article.text, 'Café open.');
  assert.deepEqual(latin.diagnostics.map((d) => d.code), ['input/bad-encoding']);
  const utf16 = await readArticleFile(await file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv talks.', 'utf16le')])));
  assert.equal(utf16.article.text, 'Kyiv talks.');
  assert.deepEqual(utf16.diagnostics, []);
});

test('readArticleFile strips a UTF-8 BOM', async () => {
  const { article } = await readArticleFile(await file('bom.txt', '\uFEFFTalks resumed.'));
  assert.equal(article.text, 'Talks resumed.');
});

test('readArticleFile cuts a 3 MB text at a sentence end', async () => {
  const path = await file('big.txt', 'The army said the convoy was attacked near the border. '.repeat(55_000));
  const { article, diagnostics } = await readArticleFile(path);
  assert.ok(article.text.length <= 2_000_000 && article.text.endsWith('border.'));
  assert.deepEqual(diagnostics.map((d) => d.code), ['article/truncated']);
});

test('readArticleFile reads standard input as plain text', async () => {
  const stdin = Readable.from([Buffer.from('Headline here\n\nBody text.')]);
  const { article } = await readArticleFile('-', { stdin });
  assert.deepEqual([article.title, article.text], ['Headline here', 'Body text.']);
});

/** Bad inputs: how to make the path, and the error code expected; messages must name the input. */
const bad: [string, () => Promise<string>, string, RegExp][] = [
  ['a missing file', async () => join(dir, 'missing.txt'), 'input/unreadable', /missing\.txt.*no such file/],
  ['a directory', async () => dir, 'input/unreadable', /is a directory/],
  ['an unknown extension', () => file('a.pdf', 'x'), 'input/format', /a\.pdf.*\.txt/],
  ['a NUL-byte file', () => file('nul.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), 'input/format', /nul\.txt looks binary/],
  ['an empty file', () => file('empty.txt', ''), 'input/empty', /empty\.txt/],
  ['a blank file', () => file('blank.md', '---\ntitle: x\n---\n\n  \n'), 'input/empty', /blank\.md/],
  ['an html page without text', () => file('empty.html', '<html><body><nav>Menu</nav></body></html>'), 'input/empty', /empty\.html/],
  ['malformed JSON', () => file('bad.json', '{"text": '), 'input/format', /bad\.json is not valid JSON/],
  ['JSON without text', () => file('notext.json', '{"title": "x"}'), 'input/format', /notext\.json/],
  ['a JSON array of many', () => file('many.json', '[{"text":"a"},{"text":"b"}]'), 'input/format', /holds 2 articles/],
  ['a JSONL batch', () => file('batch.jsonl', '{"text":"a"}\n'), 'input/format', /readArticleRecords/],
];

for (const [name, makePath, code, message] of bad) {
  test(`readArticleFile rejects ${name} with ${code}`, async () => {
    const path = await makePath();
    await assert.rejects(readArticleFile(path), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.code, code);
      assert.match(e.message, message);
      return true;
    });
  });
}

test('readArticleFile rejects a bad date option with input/date', async () => {
  const path = join(fixtures, 'article.txt');
  await assert.rejects(readArticleFile(path, { date: '2024-02-30' }), (e: unknown) => e instanceof InputError && e.code === 'input/date');
});
