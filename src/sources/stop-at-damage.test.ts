import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stopAtDamage } from './stop-at-damage.js';

async function* pieces(count: number, fail: boolean): AsyncGenerator<{ line: number }> {
  for (let line = 1; line <= count; line++) yield { line };
  if (fail) throw Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' });
}

/** Rows: how many pieces, whether the stream then fails, and what comes out (`line` or `line:code`). */
const rows: [string, number, boolean, string[]][] = [
  ['a whole stream passes through', 2, false, ['1', '2']],
  ['a failing stream ends with input/truncated', 2, true, ['1', '2', '3:input/truncated']],
  ['a stream failing at once', 0, true, ['1:input/truncated']],
];

for (const [name, count, fail, expected] of rows) {
  test(`stopAtDamage: ${name}`, async () => {
    const out: string[] = [];
    for await (const piece of stopAtDamage(pieces(count, fail), 'x.gz')) out.push('error' in piece ? `${piece.line}:${piece.error.code}` : String(piece.line));
    assert.deepEqual(out, expected);
  });
}

test('stopAtDamage closes the source when the caller stops early', async () => {
  let closed = false;
  async function* source(): AsyncGenerator<{ line: number }> {
    try {
      for (let line = 1; ; line++) yield { line };
    } finally {
      closed = true;
    }
  }
  for await (const piece of stopAtDamage(source(), 'x')) if ('line' in piece && piece.line === 2) break;
  assert.ok(closed);
});
