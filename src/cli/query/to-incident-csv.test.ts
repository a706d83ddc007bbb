import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIncidentCsv } from './to-incident-csv.js';
import { buildIncident, nameOf } from './test-support.js';

test('toIncidentCsv: a header, then one row per incident with keys and names', () => {
  assert.deepEqual(toIncidentCsv([buildIncident({ source: ['HULUSI_AKAR', 'SERGEI_SHOIGU'] })], nameOf).split('\r\n'), [
    'id,first_date,last_date,type,quad_class,source_keys,source_names,target_keys,target_names,reports,independent_sources,first_article,first_outlet,first_published,dates,places,modalities',
    '1,2022-12-28,2022-12-28,CONSULT,verbal-cooperation,HULUSI_AKAR;SERGEI_SHOIGU,Hulusi Akar;Sergei Shoigu,RUS.DEF,Russian Defence Ministry,1,1,reuters-1,Reuters,2022-12-29,2022-12-28,"Moscow, RUS",asserted',
    '',
  ]);
});
