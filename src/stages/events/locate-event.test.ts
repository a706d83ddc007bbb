import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlaceId, type Place, type PlacePrecision, type Sentence } from '../../domain/index.js';
import { findSentencePlaces, locateEvent } from './locate-event.js';

/** The places of `text`, each given by the words that name it and its precision. */
function placesOf(text: string, named: readonly [string, PlacePrecision][]): Place[] {
  return named.map(([words, precision], i) => {
    const start = text.indexOf(words);
    assert.ok(start >= 0, `"${words}" is in the text`);
    return {
      id: toPlaceId(`p${i + 1}`), name: words, country: 'XXX', lat: i, lon: i, precision,
      mentions: [{ start, end: start + words.length, text: words }], mentionIds: [],
    };
  });
}

/** Sentence, its trigger word, its places, then the place expected for the event. */
const rows: [string, string, [string, PlacePrecision][], string][] = [
  ['Rebels fired mortars near Krymske, Luhansk.', 'fired', [['Krymske', 'city'], ['Luhansk', 'city']], 'Krymske'],
  ['In Penjamo, Guanajuato, merchants demonstrated.', 'demonstrated', [['Penjamo', 'city'], ['Guanajuato', 'city']], 'Penjamo'],
  ['Dozens protested in Jaghuri district in Ghazni.', 'protested', [['Jaghuri district', 'region'], ['Ghazni', 'city']], 'Jaghuri district'],
  ['Shells hit Nihm (Sanaa) at dawn.', 'hit', [['Nihm', 'region'], ['Sanaa', 'city']], 'Nihm'],
  // a list is no qualifier of a country: "Syria, Aleppo" keeps the city
  ['Fighting in Syria, Aleppo and Hama went on.', 'Fighting', [['Syria', 'country'], ['Aleppo', 'city'], ['Hama', 'city']], 'Aleppo'],
  ['Fighters from Deir ez-Zor clashed in the town of Jarablus.', 'clashed', [['Deir ez-Zor', 'city'], ['Jarablus', 'city']], 'Jarablus'],
];

for (const [text, trigger, named, expected] of rows) {
  test(`locateEvent: ${text}`, () => {
    const sentence: Sentence = { start: 0, end: text.length, index: 0, tokenStart: 0, tokenEnd: 0 };
    const location = locateEvent(findSentencePlaces(placesOf(text, named), sentence, text), text.indexOf(trigger));
    assert.equal(location?.name, expected);
  });
}

test('locateEvent: a place without coordinates comes after one with them', () => {
  const text = 'Airstrikes hit Shathath area in Ibb.';
  const [shathath, ibb] = placesOf(text, [['Shathath area', 'country'], ['Ibb', 'city']]);
  assert.ok(shathath && ibb);
  const sentence: Sentence = { start: 0, end: text.length, index: 0, tokenStart: 0, tokenEnd: 0 };
  const unlocated = { ...shathath, lat: null, lon: null };
  assert.equal(locateEvent(findSentencePlaces([unlocated, ibb], sentence, text), text.indexOf('hit'))?.name, 'Ibb');
  assert.equal(locateEvent(findSentencePlaces([unlocated], sentence, text), text.indexOf('hit'))?.name, 'Shathath area', 'still named when it is the only place');
});

test('locateEvent: never a place from another sentence', () => {
  const text = 'Talks ended. Clashes broke out in Idlib.';
  const sentence: Sentence = { start: 0, end: 12, index: 0, tokenStart: 0, tokenEnd: 0 };
  assert.equal(locateEvent(findSentencePlaces(placesOf(text, [['Idlib', 'city']]), sentence, text), 0), null);
});
