import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMentionId, toPlaceId, type Place } from '../../domain/index.js';
import { placeMentionIndex } from './place-mention-index.js';

test('placeMentionIndex maps every mention start to its place', () => {
  const idlib: Place = {
    id: toPlaceId('p1'), name: 'Idlib', country: 'SYR', lat: 35.93, lon: 36.63, precision: 'city',
    mentions: [{ start: 19, end: 24, text: 'Idlib' }, { start: 80, end: 85, text: 'Idlib' }], mentionIds: [toMentionId('pm1'), toMentionId('pm2')],
  };
  const index = placeMentionIndex([idlib]);
  assert.deepEqual([...index.keys()], [19, 80]);
  assert.equal(index.get(80), idlib);
  assert.equal(index.get(20), undefined);
});
