import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../domain/index.js';
import { buildActorNetwork, meanGoldstein } from './build-actor-network.js';
import { buildEvent, lookupOf } from './test-support.js';

const actors = lookupOf();
const ev = (source: string[], target: string[], more: Partial<EventRecord> = {}): EventRecord => buildEvent({ source, target, ...more });

// events -> expected "source>target:count" edges and node keys, in first-seen order
const rows: [string, EventRecord[], string[], string[]][] = [
  ['one dyad', [ev(['TUR'], ['SYR'])], ['TUR>SYR:1'], ['TUR', 'SYR']],
  ['a 2 x 3 event projects to 6 pairs', [ev(['TUR', 'RUS'], ['SYR', 'HTS', 'UN'])],
    ['TUR>SYR:1', 'TUR>HTS:1', 'TUR>UN:1', 'RUS>SYR:1', 'RUS>HTS:1', 'RUS>UN:1'], ['TUR', 'RUS', 'SYR', 'HTS', 'UN']],
  ['pairs are directed and counted across events', [ev(['TUR'], ['SYR']), ev(['SYR'], ['TUR']), ev(['TUR'], ['SYR', 'RUS'])],
    ['TUR>SYR:2', 'SYR>TUR:1', 'TUR>RUS:1'], ['TUR', 'SYR', 'RUS']],
  ['an actor paired with itself adds no edge, a repeated key counts once', [ev(['TUR', 'TUR'], ['TUR', 'SYR'])],
    ['TUR>SYR:1'], ['TUR', 'SYR']],
  ['a one-sided event adds nodes but no edge', [ev(['TUR.MIL'], [])], [], ['TUR.MIL']],
];

for (const [name, events, edges, nodes] of rows) {
  test(`network: ${name}`, async () => {
    const network = await buildActorNetwork(events, actors);
    assert.deepEqual([...network.edges.values()].map((e) => `${e.source}>${e.target}:${e.events}`), edges);
    assert.deepEqual([...network.nodes.keys()], nodes);
  });
}

test('edges add up cooperation, conflict and the mean Goldstein score', async () => {
  const network = await buildActorNetwork([
    ev(['TUR'], ['SYR'], { quadClass: 'verbal-cooperation', cameo: '042', goldstein: 1.9 }),
    ev(['TUR'], ['SYR'], { quadClass: 'material-cooperation', cameo: '061', goldstein: 6.4 }),
    ev(['TUR'], ['SYR'], { quadClass: 'material-conflict', cameo: '190', goldstein: null }), // root value -10
  ], actors);
  const [edge] = network.edges.values();
  assert.deepEqual(edge && { events: edge.events, cooperation: edge.cooperation, conflict: edge.conflict }, { events: 3, cooperation: 2, conflict: 1 });
  assert.equal(edge && meanGoldstein(edge), -0.567);
});

test('nodes carry the resolved actor', async () => {
  const network = await buildActorNetwork([ev(['HULUSI_AKAR'], ['~nobody'])], actors);
  assert.deepEqual(network.nodes.get('HULUSI_AKAR'), { key: 'HULUSI_AKAR', name: 'Hulusi Akar', kind: 'person', country: 'TUR' });
  assert.deepEqual(network.nodes.get('~nobody'), { key: '~nobody', name: 'nobody', kind: 'unknown', country: null });
});
