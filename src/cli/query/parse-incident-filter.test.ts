import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../../domain/index.js';
import type { IncidentFilter } from '../../storage/event-filter.js';
import type { FilterOptionValues } from './add-filter-options.js';
import { parseIncidentFilter } from './parse-incident-filter.js';

const VALID: readonly [FilterOptionValues, IncidentFilter][] = [
  [{}, {}],
  [{ actor: 'Akar', type: 'consult', quad: 'verbal-cooperation' }, { actor: 'Akar', type: ['CONSULT'], quadClass: ['verbal-cooperation'] }],
  [{ from: '2022-12', to: '2023' }, { from: '2022-12-01', to: '2023-12-31' }],
  [{ country: 'rus', minSources: '2', minReports: '3' }, { country: 'RUS', minSources: 2, minReports: 3 }],
];

for (const [options, expected] of VALID) {
  test(`parseIncidentFilter(${JSON.stringify(options)})`, () => assert.deepEqual(parseIncidentFilter(options), expected));
}

const INVALID: readonly [FilterOptionValues, string][] = [
  [{ minSources: '0' }, 'usage'],
  [{ minSources: 'two' }, 'usage'],
  [{ minReports: '1.5' }, 'usage'],
  [{ type: 'talks' }, 'usage'],
  [{ from: '2023-00' }, 'input/date'],
  [{ country: 'Russia' }, 'usage'],
];

for (const [options, code] of INVALID) {
  test(`parseIncidentFilter(${JSON.stringify(options)}) fails with ${code}`, () => {
    assert.throws(() => parseIncidentFilter(options), (err: unknown) => err instanceof SitrepError && err.code === code);
  });
}
