import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GazetteerEntry } from '../../dictionaries/gazetteer/index.js';
import { choosePlaceEntry, type ArticleCountries } from './choose-place-entry.js';

const city = (country: string, population: number, capital = false, handKept = false): GazetteerEntry => ({
  name: 'X', country, lat: population / 1e6, lon: 0, population, kind: 'city', precision: 'city', capital, handKept,
});
const about = (...codes: string[]): ArticleCountries => ({ counts: new Map(codes.map((c) => [c, 1])), top: codes[0] ?? null });

const parisFr = city('FRA', 2_138_551, true);
const parisTx = city('USA', 24_782);
const tripoliLy = city('LBY', 1_150_989, true);
const tripoliLb = city('LBN', 229_398);
const kobani = city('SYR', 0, false, true);
const village = city('IRN', 1_200);

/** Candidates, what the article is about, the `within` restriction, then the expected choice and ambiguity. */
const rows: [string, GazetteerEntry[], ArticleCountries, string[] | null, GazetteerEntry, boolean][] = [
  ['a capital beats a small namesake', [parisTx, parisFr], about(), null, parisFr, false],
  ['Paris stays French in an article about the US', [parisFr, parisTx], about('USA'), null, parisFr, true],
  ['the country the article is about wins', [tripoliLy, tripoliLb], about('LBN'), null, tripoliLb, false],
  ['a qualifier restricts the choice', [tripoliLy, tripoliLb], about(), ['LBN'], tripoliLb, false],
  ['a qualifier that fits nothing is ignored', [parisFr, parisTx], about(), ['DEU'], parisFr, false],
  ['a hand-kept entry outranks a village', [village, kobani], about(), null, kobani, false],
];

for (const [title, entries, countries, within, expected, ambiguous] of rows) {
  test(`choosePlaceEntry: ${title}`, () => {
    const choice = choosePlaceEntry(entries, countries, within === null ? null : { countries: new Set(within), admins: new Set() });
    assert.equal(choice?.entry, expected);
    assert.equal(choice?.ambiguous, ambiguous);
  });
}

test('choosePlaceEntry: no candidates, no choice', () => {
  assert.equal(choosePlaceEntry([], about()), null);
});

const town = (admin: string, lat: number): GazetteerEntry => ({
  name: 'Novooleksandrivka', country: 'UKR', lat, lon: 38, population: 0, kind: 'town', precision: 'city', capital: false, handKept: false, admin,
});
const luhanskCity: GazetteerEntry = { ...city('UKR', 452_000), name: 'Luhansk', admin: 'UA.14' };
const luhanskOblast: GazetteerEntry = { ...luhanskCity, population: 0, kind: 'province', precision: 'region', lat: 48.66 };

test('choosePlaceEntry: a division qualifier picks the namesake inside it', () => {
  const inZaporizhzhia = town('UA.26.1', 47.7);
  const inLuhansk = town('UA.14.4412', 48.3);
  const within = { countries: new Set(['UKR']), admins: new Set(['UA.14']) };
  assert.equal(choosePlaceEntry([inZaporizhzhia, inLuhansk], about(), within)?.entry, inLuhansk);
  assert.equal(choosePlaceEntry([inZaporizhzhia, inLuhansk], about(), { ...within, admins: new Set(['UA.99']) })?.entry, inZaporizhzhia);
});

test('choosePlaceEntry: a name used as a division prefers the province to the city', () => {
  assert.equal(choosePlaceEntry([luhanskCity, luhanskOblast], about())?.entry, luhanskCity);
  assert.equal(choosePlaceEntry([luhanskCity, luhanskOblast], about(), null, true)?.entry, luhanskOblast);
  assert.equal(choosePlaceEntry([luhanskCity], about(), null, true)?.entry, luhanskCity, 'a city when no division bears the name');
});
