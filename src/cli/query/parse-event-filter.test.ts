import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../../domain/index.js';
import type { EventFilter } from '../../storage/event-filter.js';
import type { FilterOptionValues } from './add-filter-options.js';
import { parseEventFilter } from './parse-event-filter.js';

const VALID: readonly [FilterOptionValues, EventFilter][] = [
  [{}, {}],
  [{ actor: ' Türkiye ' }, { actor: 'Türkiye' }],
  [{ actor: 'TUR', side: 'Source' }, { actor: 'TUR', actorSide: 'source' }],
  [{ actorKind: 'state,armed-group' }, { actorKind: ['state', 'armed_group'] }],
  [{ actorCountry: 'tur', country: 'SYR' }, { actorCountry: 'TUR', country: 'SYR' }],
  [{ type: 'consult, Agree,CONSULT' }, { type: ['CONSULT', 'AGREE'] }],
  [{ quad: 'verbal-cooperation,Material_Conflict' }, { quadClass: ['verbal-cooperation', 'material-conflict'] }],
  [{ modality: 'asserted,reported' }, { modality: ['asserted', 'reported'] }],
  [{ from: '2023-01-02', to: '2023-01-02' }, { from: '2023-01-02', to: '2023-01-02' }],
  [{ from: '2023-02', to: '2023-02' }, { from: '2023-02-01', to: '2023-02-28' }],
  [{ from: '2024', to: '2024-02' }, { from: '2024-01-01', to: '2024-02-29' }],
  [{ to: '2022' }, { to: '2022-12-31' }],
  [{ place: 'Moscow', outlet: 'Reuters', text: 'defence ministers' }, { place: 'Moscow', outlet: 'Reuters', text: 'defence ministers' }],
  [{ bbox: '35.5,32, 42.5,37.5' }, { bbox: [35.5, 32, 42.5, 37.5] }],
  [{ bbox: '-180,-90,180,90' }, { bbox: [-180, -90, 180, 90] }],
  [{ article: 'reuters-1', incident: '12' }, { article: 'reuters-1', incident: '12' }],
];

for (const [options, expected] of VALID) {
  test(`parseEventFilter(${JSON.stringify(options)})`, () => assert.deepEqual(parseEventFilter(options), expected));
}

/** Invalid flags: the error code, and a word the message must offer (a valid option or the expected shape). */
const INVALID: readonly [FilterOptionValues, string, string][] = [
  [{ side: 'source' }, 'usage', '--actor'],
  [{ actor: 'TUR', side: 'both' }, 'usage', 'target'],
  [{ actor: '  ' }, 'usage', '--actor'],
  [{ actorKind: 'army' }, 'usage', 'military'],
  [{ actorKind: ',' }, 'usage', 'state'],
  [{ actorCountry: 'TR' }, 'usage', 'TUR'],
  [{ country: 'Turkey' }, 'usage', 'TUR'],
  [{ type: 'CONSULT,MEET' }, 'usage', 'AGREE'],
  [{ quad: 'cooperation' }, 'usage', 'verbal-cooperation'],
  [{ modality: 'certain' }, 'usage', 'asserted'],
  [{ from: '2023-13' }, 'input/date', 'YYYY-MM-DD'],
  [{ from: '2023-02-30' }, 'input/date', 'YYYY-MM-DD'],
  [{ to: '23-01-02' }, 'input/date', 'YYYY-MM-DD'],
  [{ to: '2023/01/02' }, 'input/date', 'YYYY-MM-DD'],
  [{ from: '2023-02', to: '2023-01' }, 'input/date', '--from'],
  [{ bbox: '35.5,32,42.5' }, 'usage', 'minLon'],
  [{ bbox: '42.5,32,35.5,37.5' }, 'usage', 'minLon'],
  [{ bbox: '35.5,32,42.5,97' }, 'usage', 'minLon'],
  [{ bbox: 'a,b,c,d' }, 'usage', 'minLon'],
  [{ incident: 'i1' }, 'usage', 'whole number'],
  [{ incident: '0' }, 'usage', 'whole number'],
];

for (const [options, code, offers] of INVALID) {
  test(`parseEventFilter(${JSON.stringify(options)}) fails with ${code}`, () => {
    assert.throws(() => parseEventFilter(options), (err: unknown) => {
      assert.ok(err instanceof SitrepError);
      assert.equal(err.code, code);
      assert.ok(err.message.includes(offers), `"${err.message}" offers ${offers}`);
      return true;
    });
  });
}
