import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessKind } from './guess-kind.js';

const rows: [string, string][] = [
  ['Mirwais Rabee', 'person'], ['Sayid Sarwar Hussaini', 'person'], ['Free Patriotic Movement', 'party'],
  ['Sultan Murad Brigade', 'armed_group'], ['Syrian Observatory', 'ngo'], ['Anadolu Agency', 'media'],
  ['Reuters', 'unknown'], ['Interior Ministry', 'government'],
];
for (const [name, kind] of rows) test(`${name} -> ${kind}`, () => assert.equal(guessKind(name), kind));
