import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFutureContext } from './is-future-context.js';

/** [words before the expression, whether they speak of the future] */
const rows: [string, boolean][] = [
  ['The ministers will hold talks ', true],
  ['The delegation is due to meet ', true],
  ['She plans to visit Kyiv ', true],
  ['Elections are scheduled for ', true],
  ["They'll vote ", true],
  ['Troops could arrive as early as ', true],
  ['The two leaders met ', false],
  ['He said it would close plants, the minister said ', false],
  ['Flights were cancelled due to the storm ', false],
  ['The thrift announced the plan ', false],
  ['Bombs exploded next to the embassy ', false],
  ['after lower-than-expected earnings the market closed ', false],
  ['Officials will meet. The rebels attacked ', false],
  ['Daniel P. Davison will succeed him ', true],
];

for (const [before, future] of rows) {
  test(`"${before}" -> ${future ? 'future' : 'not future'}`, () => {
    const text = `${before}Monday.`;
    assert.equal(isFutureContext(text, before.length), future);
  });
}
