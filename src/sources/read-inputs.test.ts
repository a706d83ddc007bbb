import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { InputError, isDiagnosticCode } from '../domain/index.js';
import type { InputItem } from './article-record.js';
import { INPUT_PROBLEMS } from './input-file-error.js';
import { MAX_FILE_BYTES } from './load-input-bytes.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';

const root = await mkdtemp(join(tmpdir(), 'sitrep-inputs-'));
// The broken folder holds a 20 MB file: do not leave it behind.
after(() => rm(root, { recursive: true, force: true }));

async function file(path: string, content: string | Buffer): Promise<string> {
  const full = join(root, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, content);
  return full;
}

async function collect(paths: string[], options?: ReadInputsOptions): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

/** An item as `origin code` or `origin id`, with its diagnostic codes; paths shown relative to the temp folder. */
function summary(item: InputItem): string {
  const origin = item.origin.startsWith(root) ? item.origin.slice(root.length + 1) : item.origin;
  if ('error' in item.result) return `${origin} ${item.result.error.code}`;
  const codes = item.result.diagnostics.map((d) => d.code).join(',');
  return `${origin} ${item.result.article.id}${codes ? ` ${codes}` : ''}`;
}

const SKIPPED = INPUT_PROBLEMS.skipped.diagnostic;
const hashed = (s: string): string => s.replace(/ [0-9a-f]{16}\b/, ' hash');

test('readInputs turns a folder of broken inputs into articles and errors, in order, and completes', async () => {
  const dir = join(root, 'broken');
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i + 1}`, text: `Article ${i + 1} about talks in Geneva on day ${i * 7919 % 1000}.` }));
  const packed = gzipSync(Buffer.from(lines.join('\n')));
  await Promise.all([
    file('broken/.DS_Store', Buffer.from([0, 0, 0, 1])),
    file('broken/README.pdf', '%PDF-1.4'),
    file('broken/a-lines.jsonl', '{"id":"j1","text":"Talks resumed."}\n{"id":\n\n{"id":"j3","text":"Troops withdrew."}\n'),
    file('broken/b-cut.jsonl.gz', packed.subarray(0, Math.floor(packed.length / 2))),
    file('broken/c-empty.txt', ''),
    file('broken/d-binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42])),
    file('broken/e-latin1.txt', Buffer.from('Caf\xe9 owners protested in Li\xe8ge.', 'latin1')),
    file('broken/f-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv talks resumed.', 'utf16le')])),
    file('broken/g-huge.txt', 'The army said the convoy was attacked near the border. '.repeat(370_000)),
    file('broken/h-no-text.html', '<html><body><nav><p>Menu</p></nav><script>x()</script></body></html>'),
    file('broken/i-rows.csv', 'id,title,text\nr1,One,Talks resumed.\nr2,Two\nr3,Three,"Troops withdrew."\n'),
    file('broken/j-empty.csv', ''),
    file('broken/k-nested/feed.rss', '<rss><channel><title>W</title><item><guid>f1</guid><description>Hi.</description></item></channel></rss>'),
    file('broken/k-nested/not-a-feed.xml', '<urlset/>'),
  ]);

  const items = await collect([dir]);
  for (const item of items) {
    assert.equal(typeof item.origin, 'string');
    if ('error' in item.result) assert.ok(isDiagnosticCode(item.result.error.code), item.result.error.code);
    else assert.ok(item.result.article.text.length > 0);
  }
  const cut = items.filter((i) => i.origin.includes('b-cut'));
  const cutLast = cut.pop();
  assert.ok(cutLast && 'error' in cutLast.result && cutLast.result.error.code === 'input/truncated');
  assert.ok(cut.length > 100 && cut.every((i, n) => 'article' in i.result && i.result.article.id === `n${n + 1}` && i.origin.endsWith(`b-cut.jsonl.gz:${n + 1}`)));

  assert.deepEqual(items.filter((i) => !i.origin.includes('b-cut')).map(summary).map(hashed), [
    `broken/.DS_Store ${SKIPPED}`,
    `broken/README.pdf ${SKIPPED}`,
    'broken/a-lines.jsonl:1 j1',
    'broken/a-lines.jsonl:2 input/bad-line',
    'broken/a-lines.jsonl:4 j3',
    'broken/c-empty.txt article/empty',
    'broken/d-binary.txt article/binary',
    'broken/e-latin1.txt hash input/bad-encoding',
    'broken/f-utf16.txt hash',
    'broken/g-huge.txt hash article/truncated',
    'broken/h-no-text.html article/empty',
    'broken/i-rows.csv:2 r1',
    'broken/i-rows.csv:3 article/empty',
    'broken/i-rows.csv:4 r3',
    'broken/j-empty.csv article/empty',
    'broken/k-nested/feed.rss:1 f1',
    `broken/k-nested/not-a-feed.xml ${INPUT_PROBLEMS.malformed.diagnostic}`,
  ]);
  const huge = items.find((i) => i.origin.endsWith('g-huge.txt'));
  assert.ok(huge && 'article' in huge.result && huge.result.article.text.length <= 2_000_000);
});

test('readInputs rejects a single-article file over 64 MB as an item, without reading it', async () => {
  const path = await file('large/huge.txt', '');
  await truncate(path, MAX_FILE_BYTES + 1); // sparse: no 64 MB written
  const items = await collect([path]);
  assert.deepEqual(items.map(summary), [`large/huge.txt ${INPUT_PROBLEMS['too-large'].diagnostic}`]);
});

test('readInputs gives the same items and ids on two runs', async () => {
  const dir = join(root, 'stable');
  await file('stable/a.txt', 'Title\n\nTalks resumed.');
  await file('stable/b.csv', 'text\nOne.\nTwo.\n');
  await file('stable/c.rss', '<rss><channel><item><description>Three.</description></item></channel></rss>');
  const [first, second] = [(await collect([dir])).map(summary), (await collect([dir])).map(summary)];
  assert.deepEqual(first, second);
  assert.equal(first.length, 4);
  assert.ok(first.every((s) => / [0-9a-f]{16}$/.test(s)), first.join('\n'));
});

test('readInputs reads paths in the order given, reporting a missing one as an item', async () => {
  const one = await file('order/one.md', '---\nid: m1\n---\nText one.');
  const two = await file('order/two.txt', 'Text two.');
  assert.deepEqual((await collect([two, join(root, 'order/missing.txt'), one])).map(summary).map(hashed), [
    'order/two.txt hash',
    `order/missing.txt ${INPUT_PROBLEMS.unreadable.diagnostic}`,
    'order/one.md m1',
  ]);
});

test('readInputs reads a named file of unknown type, and standard input, with the format option', async () => {
  const named = await file('format/export.data', 'text\nOne.\n');
  const stdin = Readable.from([Buffer.from('text\nTwo.\n')]);
  const items = await collect([named, '-'], { format: 'csv', stdin });
  assert.deepEqual(items.map(summary).map(hashed), ['format/export.data:2 hash', '-:2 hash']);
});

test('readInputs does not apply the format option to files whose extension tells their type', async () => {
  const named = await file('folder-format/b.txt', 'Plain text.');
  await file('folder-format/a.txt', 'Plain text.');
  assert.deepEqual((await collect([join(root, 'folder-format'), named], { format: 'csv' })).map(summary).map(hashed), [
    'folder-format/a.txt hash', 'folder-format/b.txt hash', 'folder-format/b.txt hash',
  ]);
});

const stdinRows: [string, string, string[]][] = [
  ['JSONL, with line origins', '{"id":"s1","text":"One."}\nbad\n', ['-:1 s1', '-:2 input/bad-line']],
  ['plain text, one item', 'Just one article.', ['- hash']],
  ['nothing', '', ['- article/empty']],
];

for (const [name, content, expected] of stdinRows) {
  test(`readInputs reads standard input as ${name}`, async () => {
    const stdin = Readable.from([Buffer.from(content)]);
    assert.deepEqual((await collect(['-'], { stdin })).map(summary).map(hashed), expected);
  });
}

test('readInputs throws for an unknown format name before reading anything', async () => {
  await assert.rejects(collect([root], { format: 'pdf' }), (e: unknown) => e instanceof InputError && e.code === 'usage');
});

test('readInputs stops reading when the caller breaks early', async () => {
  const path = await file('early/long.jsonl', Array.from({ length: 5000 }, (_, i) => `{"text":"Line ${i}."}`).join('\n'));
  let seen = 0;
  for await (const item of readInputs([path, path])) {
    assert.ok('article' in item.result);
    if (++seen === 3) break;
  }
  assert.equal(seen, 3);
});
