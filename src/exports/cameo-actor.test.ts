import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCameoActor } from './cameo-actor.js';
import { lookupOf } from './test-support.js';

const actors = lookupOf();

// key -> [code, country code, known group, types, name]
const rows: [string, string, string, string, string[], string][] = [
  ['TUR', 'TUR', 'TUR', '', [], 'TURKEY'],
  ['TUR.GOV', 'TURGOV', 'TUR', '', ['GOV'], 'TURKISH GOVERNMENT'],
  ['TUR.FOR', 'TURGOV', 'TUR', '', ['GOV'], 'TURKISH FOREIGN MINISTRY'],
  ['TUR.DEF', 'TURGOVMIL', 'TUR', '', ['GOV', 'MIL'], 'TURKISH DEFENCE MINISTRY'],
  ['TUR.MIL', 'TURMIL', 'TUR', '', ['MIL'], 'TURKISH MILITARY'],
  ['TUR.POL', 'TURCOP', 'TUR', '', ['COP'], 'TURKISH POLICE'],
  ['TUR.INT', 'TURSPY', 'TUR', '', ['SPY'], 'TURKISH INTELLIGENCE'],
  ['TUR.OPP', 'TUROPP', 'TUR', '', ['OPP'], 'TURKISH OPPOSITION'],
  ['SYR.CVL', 'SYRCVL', 'SYR', '', ['CVL'], 'SYRIAN CIVILIANS'],
  ['HTS', 'SYRREB', 'SYR', '', ['REB'], 'HAYAT TAHRIR AL-SHAM'],
  ['HULUSI_AKAR', 'TURGOVMIL', 'TUR', '', ['GOV', 'MIL'], 'HULUSI AKAR'],
  ['ERDOGAN_FAN', 'TUR', 'TUR', '', [], 'A. CITIZEN'],
  ['GUTERRES', 'IGOUNO', '', 'UNO', ['IGO'], 'ANTÓNIO GUTERRES'],
  ['UN', 'IGOUNO', '', 'UNO', ['IGO'], 'UNITED NATIONS'],
  ['UNIFIL', 'IGOUNO', '', 'UNO', ['IGO'], 'UN INTERIM FORCE IN LEBANON'],
  ['NATO', 'IGOWSTNAT', '', 'NAT', ['IGO'], 'NATO'],
  ['OPCW', 'IGO', '', '', ['IGO'], 'ORGANISATION FOR THE PROHIBITION OF CHEMICAL WEAPONS'],
  ['SOHR', 'NGO', 'GBR', '', ['NGO'], 'SYRIAN OBSERVATORY FOR HUMAN RIGHTS'],
  ['~gunmen', '', '', '', [], 'GUNMEN'],
];

for (const [key, code, countryCode, knownGroup, types, name] of rows) {
  test(`${key} codes as ${code || '(empty)'}`, () => {
    assert.deepEqual(toCameoActor(key, actors), { code, countryCode, knownGroup, types, name });
  });
}
