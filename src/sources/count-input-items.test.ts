import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countInputItems } from './count-input-items.js';
import { readInputs } from './read-inputs.js';

test('the estimate matches what readInputs yields for a folder of mixed inputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-count-'));
  mkdirSync(join(dir, 'sub'));
  const line = (n: number): string => JSON.stringify({ id: `a${n}`, text: `Turkey met Syria in Moscow on day ${n}.`, date: '2023-01-02' });
  writeFileSync(join(dir, 'a.jsonl'), `${line(1)}\n\n${line(2)}\n${line(3)}`);
  writeFileSync(join(dir, 'sub', 'b.jsonl.gz'), gzipSync(`${line(4)}\n${line(5)}\n`));
  writeFileSync(join(dir, 'c.csv'), 'title,text\nOne,Turkey met Syria.\nTwo,Russia met Iran.\n');
  writeFileSync(join(dir, 'd.txt'), 'Turkey met Syria in Moscow on Wednesday.');
  writeFileSync(join(dir, 'e.rss'), '<rss><channel><title>W</title><item><title>x</title><description>Turkey met Syria.</description></item><item><title>y</title><description>Iran met Iraq.</description></item></channel></rss>');
  writeFileSync(join(dir, 'README.pdf'), '%PDF');
  const items = [];
  for await (const item of readInputs([dir])) items.push(item);
  const read = items.length;
  assert.equal(await countInputItems([dir]), read);
  assert.equal(read, 11);
});

test('standard input cannot be counted', async () => {
  assert.equal(await countInputItems(['-']), null);
});
