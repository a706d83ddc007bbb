import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGexf } from './to-gexf.js';
import { buildEvent, collect, lookupOf, parseXml } from './test-support.js';

const actors = lookupOf();

test('GEXF is well-formed 1.3 with one node per actor and one edge per projected pair', async () => {
  const xml = await collect(toGexf([
    buildEvent({ source: ['TUR', 'RUS'], target: ['SYR', 'HTS', '~weird'] }),
    buildEvent({ source: ['TUR'], target: ['SYR'], quadClass: 'material-conflict', cameo: '190', goldstein: -10 }),
  ], actors));
  const elements = parseXml(xml);
  const root = elements[0];
  assert.equal(root?.name, 'gexf');
  assert.equal(root?.attributes.version, '1.3');
  assert.equal(root?.attributes.xmlns, 'http://gexf.net/1.3');
  const nodes = elements.filter((e) => e.name === 'node');
  const edges = elements.filter((e) => e.name === 'edge');
  assert.deepEqual(nodes.map((n) => n.attributes.id), ['TUR', 'RUS', 'SYR', 'HTS', '~weird']);
  assert.equal(edges.length, 6);
  const turSyr = edges.find((e) => e.attributes.source === 'TUR' && e.attributes.target === 'SYR');
  assert.equal(turSyr?.attributes.weight, '2');
  // the escaped name comes back whole
  assert.equal(nodes[4]?.attributes.label, 'Tom & "Jerry" <Co>, \'Ltd\'');
  const values = elements.filter((e) => e.name === 'attvalue').map((e) => `${e.attributes.for}=${e.attributes.value}`);
  assert.ok(values.includes('conflict=1') && values.includes('goldstein=-4.05'), values.join(' '));
});

test('GEXF of no events is a well-formed empty graph', async () => {
  const elements = parseXml(await collect(toGexf([], actors)));
  assert.equal(elements.filter((e) => e.name === 'node' || e.name === 'edge').length, 0);
  assert.ok(elements.some((e) => e.name === 'nodes') && elements.some((e) => e.name === 'edges'));
});
