import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher, matchEach } from './alias-matcher.js';
import { foldText } from './fold-text.js';

const matcher = new AliasMatcher<string>();
for (const [alias, id] of [
  ['Turkey', 'TUR'], ['US', 'USA'], ['U.S.', 'USA'], ['United States', 'USA'], ['Hayat Tahrir al-Sham', 'HTS'],
  ['Tahrir al-Sham', 'HTS'], ['HTS', 'HTS'], ['al-Jolani', 'JOLANI'], ['Erdoğan', 'ERDOGAN'], ['defence ministry', 'DEF'],
  ['Jordan', 'JOR'], ['Jordan', 'JORDAN_RIVER'], ['CPI (Maoist)', 'CPIM'],
] as const) matcher.add(alias, id);

const find = (text: string): string[] => matcher.match(text).map((m) => `${text.slice(m.start, m.end)}=${m.values.join('/')}`);

const rows: [string, string[]][] = [
  ['Turkey rejected the offer.', ['Turkey=TUR']],
  ['They ate turkey.', []],
  ['US troops left; they told us nothing.', ['US=USA']],
  ['The U.S. and the United States.', ['U.S=USA', 'United States=USA']],
  ['Hayat Tahrir al-Sham (HTS) said', ['Hayat Tahrir al-Sham=HTS', 'HTS=HTS']],
  ['HTS chief al-Jolani spoke', ['HTS=HTS', 'al-Jolani=JOLANI']],
  ['Al Jolani spoke', ['Al Jolani=JOLANI']],
  ['Erdogan and Erdoğan’s aides', ['Erdogan=ERDOGAN', 'Erdoğan=ERDOGAN']],
  ['the Turkish Defence Ministry said', ['Defence Ministry=DEF']],
  ['Turkeys are birds; Turkey-backed rebels', ['Turkey=TUR']],
  ['Jordan said', ['Jordan=JOR/JORDAN_RIVER']],
  ['Russia-mediated talks in Ankara', []],
  ['CPI (Maoist) rebels, the U.S.-backed force', ['CPI (Maoist)=CPIM', 'U.S=USA']],
];

for (const [text, expected] of rows) {
  test(`matches ${JSON.stringify(text)}`, () => assert.deepEqual(find(text), expected));
}

test('matchers run together find what each finds alone', () => {
  const words = new AliasMatcher<string>();
  for (const w of ['ministry', 'defence ministry', 'forces', 'turkish']) words.add(w, w);
  const text = 'The Turkish Defence Ministry said Turkey and United States forces of the U.S. met.';
  assert.deepEqual(matchEach([matcher, words] as const, text), [matcher.match(text), words.match(text)]);
});

test('folding keeps offsets: one folded character per original character', () => {
  const text = 'Erdoğan’s Ḥamās — “Kobanî”';
  assert.equal(foldText(text).length, text.length);
});
