import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../dictionaries/gazetteer/index.js';
import { buildAnalysis, type MentionSpec } from './build-analysis.js';
import { createPlacesStage } from './places-stage.js';

const gazetteer = loadGazetteer(fileURLToPath(new URL('../../../data', import.meta.url)));
const stage = createPlacesStage(gazetteer);

const name = (text: string, ...entries: string[]): MentionSpec => ({ text, kind: 'name', entries });
const demonym = (text: string, entry: string): MentionSpec => ({ text, kind: 'demonym', entries: [entry] });

/** Sentence, its mentions, and the places expected as `name|country|precision|mention text`. */
const rows: [string, MentionSpec[], string[]][] = [
  ['Clashes erupted in Idlib on Monday.', [], ['Idlib|SYR|city|Idlib']],
  ['Turkish jets struck targets in northern Syria.', [demonym('Turkish', 'TUR'), name('Syria', 'SYR')], ['northern Syria|SYR|region|northern Syria']],
  ['Ankara said the operation would continue.', [name('Ankara', 'TUR.GOV')], []],
  ['Medical interns protested in Bat Galim Square of Haifa city.', [], ['Haifa|ISR|city|Haifa city']],
  ['The Russian, Syrian and Turkish defence ministers met in Moscow.', [demonym('Russian', 'RUS'), demonym('Syrian', 'SYR'), demonym('Turkish', 'TUR')], ['Moscow|RUS|city|Moscow']],
  ['Rockets fell on Haifa, Israel, overnight.', [name('Israel', 'ISR')], ['Haifa|ISR|city|Haifa', 'Israel|ISR|country|Israel']],
  ['Talks were held in Paris.', [], ['Paris|FRA|city|Paris']],
  ['Fighting raged in Kobane and Ar-Raqqah.', [], ['Kobani|SYR|city|Kobane', 'Raqqa|SYR|city|Ar-Raqqah']],
  ['Troops withdrew from the north of Syria.', [name('Syria', 'SYR')], ['north of Syria|SYR|region|north of Syria']],
  ['Syria said the talks failed.', [name('Syria', 'SYR')], []],
  ['Aid arrived in Syria.', [name('Syria', 'SYR')], ['Syria|SYR|country|Syria']],
  ['Shelling hit villages in Idlib province.', [], ['Idlib province|SYR|region|Idlib province']],
  ['Yemeni forces advanced in Marib governorate.', [demonym('Yemeni', 'YEM')], ['Marib governorate|YEM|region|Marib governorate']],
  ['Protests spread in Aleppo, Idlib and Hama.', [], ['Aleppo|SYR|city|Aleppo', 'Idlib|SYR|city|Idlib', 'Hama|SYR|city|Hama']],
  ['A car bomb exploded in Ras al-Ain.', [], ['Ras al-Ain|SYR|city|Ras al-Ain']],
  ['The leader flew to Washington.', [name('Washington', 'USA.GOV')], ['Washington, D.C.|USA|city|Washington']],
  ['According to Taliban sources, the attack failed.', [name('Taliban', 'TALIBAN')], []],
  ['Students met in Mazar-i-Sharif and Kiev.', [], ['Mazar-i-Sharif|AFG|city|Mazar-i-Sharif', 'Kyiv|UKR|city|Kiev']],
  ['The Kurdish-held northeast was quiet.', [], []],
  // an unknown name qualified by a division's name: the division ("Abu Salim (Tripoli)" is in Tripoli district)
  ['Shells killed six civilians in Abu Salim (Tripoli).', [name('Abu Salim'), name('Tripoli', 'LBY.GOV')], ['Tripoli|LBY|region|Tripoli']],
  ['Mortars were fired near Krymske, Luhansk.', [], ['Krymske|UKR|city|Krymske', 'Luhansk|UKR|region|Luhansk']],
  ['Shots were fired near Novooleksandrivka, Luhansk.', [], ['Novooleksandrivka|UKR|city|Novooleksandrivka', 'Luhansk|UKR|region|Luhansk']],
  // a town the gazetteer has only in another oblast is a place it lacks; the oblast still says where
  ['Mortars hit positions near Kamyanka, Donetsk.', [], ['Donetsk|UKR|region|Donetsk']],
  ['Unionists demonstrated in Guatemala City.', [], ['Guatemala City|GTM|city|Guatemala City']],
  // a town qualified by its own name and its province: the town, in its own country
  ['IDPs demonstrated in Kaya (Kaya, Sanmatenga).', [], ['Kaya|BFA|city|Kaya', 'Kaya|BFA|city|Kaya']],
  // a known place whose name holds a seat of power's or a country's is that place
  ['The army bombed bases near Mocimboa Da Praia.', [name('Praia', 'CPV.GOV')], ['Mocimboa da Praia|MOZ|city|Mocimboa Da Praia']],
  ['Thousands marched in Mexico City.', [name('Mexico', 'MEX')], ['Mexico City|MEX|city|Mexico City']],
  // a neighbourhood lies in the town named with it, not in a namesake far away
  ['In Ipatinga, Minas Gerais, a man was shot in Bom Jardim neighborhood.', [], ['Ipatinga|BRA|city|Ipatinga', 'Minas Gerais|BRA|region|Minas Gerais']],
  ['Ministers met in Moscow.', [name('Moscow', 'RUS.GOV')], ['Moscow|RUS|city|Moscow']],
  ['Ankara and Moscow agreed on a ceasefire.', [name('Ankara', 'TUR.GOV'), name('Moscow', 'RUS.GOV')], []],
  ['On Monday, Idlib was shelled again.', [name('Idlib')], ['Idlib|SYR|city|Idlib']],
  ['Reinforcements reached Haifa, said Netanyahu.', [name('Netanyahu', 'BENJAMIN_NETANYAHU')], ['Haifa|ISR|city|Haifa']],
];

for (const [text, mentions, expected] of rows) {
  test(`places: ${text}`, () => {
    const { places } = stage.run(buildAnalysis(text, mentions, true));
    const got = places.flatMap((p) => p.mentions.map((m) => `${p.name}|${p.country ?? ''}|${p.precision}|${m.text}`));
    assert.deepEqual(got, expected);
  });
}

test('a repeated name is the same place, in the country the article is about', () => {
  const text = 'Protesters gathered in Tripoli, Lebanon, on Friday and marched through Tripoli again.';
  const { places } = stage.run(buildAnalysis(text, [name('Lebanon', 'LBN')], true));
  const tripoli = places.filter((p) => p.name === 'Tripoli');
  assert.equal(tripoli.length, 1);
  assert.equal(tripoli[0]?.country, 'LBN');
  assert.deepEqual(tripoli[0]?.mentionIds, ['pm1', 'pm2']);
});

test('a place keeps the id of the unresolved name mention it comes from', () => {
  const { places } = stage.run(buildAnalysis('Clashes erupted in Idlib.', [name('Idlib')], true));
  assert.deepEqual(places.map((p) => p.mentionIds), [['m1']]);
});

test('a place from a country mention keeps its mention id; coordinates come from the gazetteer', () => {
  const { places } = stage.run(buildAnalysis('Delegates from Russia met in Moscow.', [name('Russia', 'RUS')], true));
  const russia = places.find((p) => p.country === 'RUS' && p.precision === 'country');
  assert.deepEqual(russia?.mentionIds, ['m1']);
  const moscow = places.find((p) => p.name === 'Moscow');
  assert.ok(moscow?.lat !== null && moscow?.lat !== undefined && Math.abs(moscow.lat - 55.75) < 0.5);
  assert.deepEqual(places.map((p) => p.id), ['p1', 'p2']);
});

test('an unknown village is a place of the article\'s country without coordinates, and no actor', () => {
  const text = 'Gunmen attacked Zzyzzyx village in Afghanistan.';
  const { places } = stage.run(buildAnalysis(text, [name('Afghanistan', 'AFG'), name('Zzyzzyx')], true));
  const village = places.find((p) => p.name === 'Zzyzzyx village');
  assert.deepEqual([village?.country, village?.lat, village?.precision, village?.mentionIds], ['AFG', null, 'country', ['m2']]);
});

test('an unknown name after a place noun is reported with its span', () => {
  const text = 'Gunmen attacked Zzyzzyx village at dawn.';
  const { diagnostics = [] } = stage.run(buildAnalysis(text, [], true));
  assert.deepEqual(diagnostics.map((d) => [d.code, d.span && text.slice(d.span.start, d.span.end)]), [['place/unknown', 'Zzyzzyx']]);
});

test('the stage declares what it needs and provides', () => {
  assert.equal(stage.name, 'places');
  assert.deepEqual(stage.requires, ['tokens', 'sentences', 'mentions']);
  assert.deepEqual(stage.provides, ['places']);
});
