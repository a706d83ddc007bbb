import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RoleSpell } from '../../domain/index.js';
import type { ActorProfile } from '../../storage/actor-profile.js';
import { formatActorProfile, formatRole } from './format-actor-profile.js';
import { buildActor, nameOf } from './test-support.js';

const AKAR: ActorProfile = {
  actor: buildActor('HULUSI_AKAR', 'Hulusi Akar', {
    kind: 'person', country: 'TUR', aliases: ['Akar'], memberOf: ['TUR.DEF'],
    roles: [{ title: 'defence_minister', of: 'TUR', start: '2018-07-10', end: '2023-06-03' }],
  }),
  members: ['HULUSI_AKAR'],
  monthly: [{ month: '2022-12', type: 'CONSULT', events: 2 }],
  partners: [{ key: 'SERGEI_SHOIGU', name: 'Sergei Shoigu', events: 1 }],
  adversaries: [],
};

const TURKEY: ActorProfile = {
  actor: buildActor('TUR', 'Turkey', { country: 'TUR' }),
  members: ['HULUSI_AKAR', 'TUR', 'TUR.DEF', 'TUR.MIL'],
  monthly: [],
  partners: [],
  adversaries: [{ key: 'SDF', name: 'Syrian Democratic Forces', events: 2 }, { key: 'HTS', name: 'Hayat Tahrir al-Sham', events: 1 }],
};

const ROWS: readonly [string, ActorProfile, readonly string[]][] = [
  ['a person: aliases, membership by name, roles, month × type table, partners', AKAR, [
    'Hulusi Akar (HULUSI_AKAR)',
    '  kind: person, country: TUR',
    '  aliases: Akar',
    '  member of: Turkish Defence Ministry (TUR.DEF)',
    '  roles:',
    '    defence minister of TUR, 2018-07-10..2023-06-03',
    '',
    'Events by month and type:',
    '  month    CONSULT  total',
    '  2022-12        2      2',
    '',
    'Partners (cooperation):',
    '  Sergei Shoigu (SERGEI_SHOIGU)  1 event',
    'Adversaries (conflict): none',
  ]],
  ['a state: its members counted, no dated events, adversaries', TURKEY, [
    'Turkey (TUR)',
    '  kind: state, country: TUR',
    '  counts the events of its members: HULUSI_AKAR, TUR.DEF, TUR.MIL',
    '',
    'No dated events.',
    '',
    'Partners (cooperation): none',
    'Adversaries (conflict):',
    '  Syrian Democratic Forces (SDF)  2 events',
    '  Hayat Tahrir al-Sham (HTS)  1 event',
  ]],
];

for (const [name, profile, expected] of ROWS) {
  test(`formatActorProfile: ${name}`, () => assert.deepEqual(formatActorProfile(profile, nameOf, 120).split('\n'), expected));
}

const ROLES: readonly [RoleSpell, string][] = [
  [{ title: 'president', of: 'TUR', start: '2014-08-28', end: null }, 'president of TUR, since 2014-08-28'],
  [{ title: 'prime_minister', of: 'TUR', start: null, end: '2014-08-28' }, 'prime minister of TUR, until 2014-08-28'],
  [{ title: 'spokesperson', of: 'UN', start: null, end: null }, 'spokesperson of UN'],
];
for (const [role, expected] of ROLES) test(`formatRole: ${expected}`, () => assert.equal(formatRole(role), expected));
