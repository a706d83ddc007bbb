import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAnalysis } from './build-analysis.js';
import { findNameChunks } from './find-name-chunks.js';

const rows: [string, string[]][] = [
  ['Clashes erupted in Idlib on Monday.', ['Clashes', 'Idlib']],
  ['Troops entered Mazar-i-Sharif and Ras al-Ain.', ['Troops', 'Mazar-i-Sharif', 'Ras al-Ain']],
  ['Shelling hit Deir ez-Zor, Syria.', ['Shelling', 'Deir ez-Zor', 'Syria']],
  ['Protests in Leon de los Aldama, Guanajuato.', ['Protests', 'Leon de los Aldama', 'Guanajuato']],
  ['The Kurdish-held northeast was quiet in March.', ['Kurdish-held']],
  ['Interns protested in Bat Galim Square of Haifa city.', ['Interns', 'Bat Galim Square', 'Haifa']],
];

for (const [text, expected] of rows) {
  test(`findNameChunks: ${text}`, () => {
    const { tokens = [] } = buildAnalysis(text, [], false);
    const chunks = findNameChunks(tokens, 0, tokens.length).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(chunks, expected);
  });
}

test('a sentence-initial word starts a name only when tagged a proper noun', () => {
  const text = 'Clashes erupted in Idlib.';
  const { tokens = [] } = buildAnalysis(text, [], true);
  assert.deepEqual(findNameChunks(tokens, 0, tokens.length).map((c) => text.slice(c.start, c.end)), ['Idlib']);
});
