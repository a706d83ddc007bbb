import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlaceId, type EventRecord } from '../domain/index.js';
import { GDELT_EVENT_COLUMNS } from './gdelt-columns.js';
import { toGlobalEventId } from './global-event-id.js';
import { toGdeltRow, type GdeltOptions } from './to-gdelt-row.js';
import { toGdeltTsv } from './to-gdelt-tsv.js';
import { buildEvent, collect, lookupOf } from './test-support.js';

const actors = lookupOf();

test('the GDELT 2.0 event table has 61 columns in codebook order', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.equal(new Set(GDELT_EVENT_COLUMNS).size, 61);
  const at: [number, string][] = [
    [0, 'GlobalEventID'], [1, 'Day'], [4, 'FractionDate'], [5, 'Actor1Code'], [14, 'Actor1Type3Code'],
    [15, 'Actor2Code'], [24, 'Actor2Type3Code'], [25, 'IsRootEvent'], [26, 'EventCode'], [29, 'QuadClass'],
    [30, 'GoldsteinScale'], [34, 'AvgTone'], [35, 'Actor1Geo_Type'], [39, 'Actor1Geo_ADM2Code'], [42, 'Actor1Geo_FeatureID'],
    [43, 'Actor2Geo_Type'], [51, 'ActionGeo_Type'], [58, 'ActionGeo_FeatureID'], [59, 'DATEADDED'], [60, 'SOURCEURL'],
  ];
  for (const [i, name] of at) assert.equal(GDELT_EVENT_COLUMNS[i], name, `column ${i + 1}`);
});

/** The row as column name -> value, to assert fields by name rather than by position. */
function rowOf(event: EventRecord, options?: GdeltOptions): Record<string, string> {
  const row = toGdeltRow(event, actors, options);
  assert.equal(row.length, 61);
  return Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, row[i] ?? '(missing)']));
}

type Expect = Record<string, string>;
const rows: [string, EventRecord, Expect, GdeltOptions?][] = [
  ['a meeting of two defence ministries in Moscow', buildEvent(), {
    GlobalEventID: String(toGlobalEventId('a1#e1')), Day: '20221228', MonthYear: '202212', Year: '2022', FractionDate: '2022.9808',
    Actor1Code: 'TURGOVMIL', Actor1Name: 'TURKISH DEFENCE MINISTRY', Actor1CountryCode: 'TUR', Actor1KnownGroupCode: '',
    Actor1Type1Code: 'GOV', Actor1Type2Code: 'MIL', Actor1Type3Code: '',
    Actor2Code: 'SYRGOVMIL', Actor2CountryCode: 'SYR', Actor2Type1Code: 'GOV',
    IsRootEvent: '1', EventCode: '042', EventBaseCode: '042', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '1.9',
    NumMentions: '1', NumSources: '1', NumArticles: '1', AvgTone: '',
    Actor1Geo_Type: '0', Actor1Geo_FullName: '', Actor2Geo_Type: '0', Actor2Geo_Lat: '',
    ActionGeo_Type: '4', ActionGeo_FullName: 'Moscow, Russia', ActionGeo_CountryCode: 'RS', ActionGeo_ADM1Code: '',
    ActionGeo_Lat: '55.75', ActionGeo_Long: '37.62', ActionGeo_FeatureID: '',
    DATEADDED: '20230102000000', SOURCEURL: 'a1',
  }],
  ['multi-actor sides keep their first actor', buildEvent({ source: ['NATO', 'TUR'], target: ['HULUSI_AKAR', 'SYR'] }), {
    Actor1Code: 'IGOWSTNAT', Actor1KnownGroupCode: 'NAT', Actor1CountryCode: '', Actor1Type1Code: 'IGO',
    Actor2Code: 'TURGOVMIL', Actor2Name: 'HULUSI AKAR',
  }],
  ['a month-precise date takes the first day of the month', buildEvent({ date: { value: '2022-11', precision: 'month', text: 'in November', reason: '' } }), {
    Day: '20221101', MonthYear: '202211', Year: '2022',
  }],
  ['no date falls back to the publication date', buildEvent({ date: { value: null, precision: null, text: null, reason: '' } }), {
    Day: '20230102',
  }],
  ['a four-digit CAMEO code', buildEvent({ cameo: '0231', type: 'REQUEST', quadClass: 'verbal-conflict', goldstein: null }), {
    EventCode: '0231', EventBaseCode: '023', EventRootCode: '02',
    QuadClass: '1', // GDELT's quad class of root 02 (appeal), though PLOVER puts REQUEST in verbal conflict
    GoldsteinScale: '3', // root value when the event has none
  }],
  ['a root-level code', buildEvent({ cameo: '190', type: 'ASSAULT', quadClass: 'material-conflict', goldstein: -10 }), {
    EventCode: '190', EventBaseCode: '190', EventRootCode: '19', QuadClass: '4', GoldsteinScale: '-10',
  }],
  ['a two-digit code is padded as GDELT does', buildEvent({ cameo: '18', type: 'ASSAULT', quadClass: 'material-conflict' }), {
    EventCode: '180', EventBaseCode: '180', EventRootCode: '18',
  }],
  ['no place, no target, evidence beyond the first sentence', buildEvent({
    location: null, target: [],
    evidence: [{ text: 's', start: 50, end: 51, sentence: 2, trigger: { text: 's', start: 50, end: 51 } }, { text: 't', start: 90, end: 91, sentence: 4, trigger: { text: 't', start: 90, end: 91 } }],
  }), {
    ActionGeo_Type: '0', ActionGeo_FullName: '', ActionGeo_CountryCode: '', Actor2Code: '', Actor2Name: '',
    IsRootEvent: '0', NumMentions: '2',
  }],
  ['a country-level place repeats its FIPS code', buildEvent({ location: { name: 'Syria', country: 'SYR', lat: 35, lon: 38, precision: 'country', place: toPlaceId('p2') } }), {
    ActionGeo_Type: '1', ActionGeo_FullName: 'Syria', ActionGeo_CountryCode: 'SY', ActionGeo_ADM1Code: 'SY', ActionGeo_FeatureID: 'SY',
  }],
  ['a US city', buildEvent({ location: { name: 'Austin', country: 'USA', lat: 30.27, lon: -97.74, precision: 'city', place: toPlaceId('p3') } }), {
    ActionGeo_Type: '3', ActionGeo_FullName: 'Austin, United States', ActionGeo_CountryCode: 'US',
  }],
  ['a world region', buildEvent({ location: { name: 'Idlib Governorate', country: 'SYR', lat: 35.9, lon: 36.6, precision: 'region', place: toPlaceId('p4') } }), {
    ActionGeo_Type: '5', ActionGeo_CountryCode: 'SY',
  }],
  ['options give the URL and DATEADDED', buildEvent(), { SOURCEURL: 'https://example.com/a1', DATEADDED: '20240101123000' }, {
    sourceUrl: (e) => `https://example.com/${e.article}`, dateAdded: '20240101123000',
  }],
];

for (const [name, event, expected, options] of rows) {
  test(`GDELT row: ${name}`, () => {
    const row = rowOf(event, options);
    for (const [column, value] of Object.entries(expected)) assert.equal(row[column], value, column);
  });
}

test('the TSV has one line of 61 tab-separated fields per event, with tabs and line breaks in values flattened', async () => {
  const events = [buildEvent(), buildEvent({ id: 'a2#e1', article: 'a2', location: { name: 'Bad\tName\nHere', country: 'TUR', lat: 39.9, lon: 32.8, precision: 'city', place: toPlaceId('p5') } })];
  const tsv = await collect(toGdeltTsv(events, actors));
  const lines = tsv.split('\n');
  assert.equal(lines.pop(), '');
  assert.equal(lines.length, 2);
  for (const line of lines) assert.equal(line.split('\t').length, 61);
  assert.equal(lines[1]?.split('\t')[GDELT_EVENT_COLUMNS.indexOf('ActionGeo_FullName')], 'Bad Name Here, Turkey');
});
