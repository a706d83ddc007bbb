import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { EventRecord } from '../domain/index.js';
import { batchChunks, writeExport } from './write-export.js';
import { buildEvent, lookupOf } from './test-support.js';

/** A sink that keeps what it is given and, at each write, how many events had been produced so far. */
function recordingSink(produced: () => number, highWaterMark = 1024): { sink: Writable; text: () => string; producedAtWrites: number[]; ended: () => boolean } {
  const chunks: string[] = [];
  const producedAtWrites: number[] = [];
  let ended = false;
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString('utf8')); producedAtWrites.push(produced()); setImmediate(done); },
    final(done) { ended = true; done(); },
  });
  return { sink, text: () => chunks.join(''), producedAtWrites, ended: () => ended };
}

test('writeExport streams: the sink gets its first chunk long before the last event is read', async () => {
  const total = 30000;
  let produced = 0;
  function* events(): Generator<EventRecord> {
    for (let i = 0; i < total; i++) { produced++; yield buildEvent({ id: `a${i}#e1`, article: `a${i}` }); }
  }
  const { sink, text, producedAtWrites, ended } = recordingSink(() => produced);
  await writeExport('plover-jsonl', events(), lookupOf(), sink);
  assert.equal(text().split('\n').length - 1, total);
  assert.ok((producedAtWrites[0] ?? total) < total / 2, `first write after ${producedAtWrites[0]} events`);
  assert.ok(ended());
});

test('writeExport leaves the sink open when asked (for stdout)', async () => {
  const { sink, text, ended } = recordingSink(() => 0);
  await writeExport('csv', [buildEvent()], lookupOf(), sink, { end: false });
  assert.equal(ended(), false);
  assert.match(text(), /^id,article/);
  sink.end();
});

test('writeExport reads async iterables and passes GDELT options on', async () => {
  async function* events(): AsyncGenerator<EventRecord> { yield buildEvent(); }
  const { sink, text } = recordingSink(() => 0);
  await writeExport('gdelt', events(), lookupOf(), sink, { sourceUrl: () => 'https://example.com/x' });
  assert.match(text(), /\thttps:\/\/example\.com\/x\n$/);
});

test('writeExport fails when the sink fails', async () => {
  const sink = new Writable({ write(_chunk, _encoding, done) { done(new Error('disk full')); } });
  await assert.rejects(writeExport('csv', [buildEvent()], lookupOf(), sink), /disk full/);
});

const batches: [string[], number, string[]][] = [
  [[], 10, []],
  [['a', 'b', 'c'], 10, ['abc']],
  [['aaaa', 'bbbb', 'cccc', 'd'], 8, ['aaaabbbb', 'ccccd']],
  [['0123456789ab', 'c'], 4, ['0123456789ab', 'c']],
];

for (const [chunks, size, expected] of batches) {
  test(`batchChunks(${JSON.stringify(chunks)}, ${size})`, async () => {
    async function* source(): AsyncGenerator<string> { yield* chunks; }
    const out: string[] = [];
    for await (const b of batchChunks(source(), size)) out.push(b);
    assert.deepEqual(out, expected);
  });
}
