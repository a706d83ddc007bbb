import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGraphml } from './to-graphml.js';
import { buildEvent, collect, lookupOf, parseXml, type XmlElement } from './test-support.js';

const actors = lookupOf();

/** The `<data>` values of the element at `index`, by key (they follow it in document order). */
function dataOf(elements: XmlElement[], index: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = index + 1; i < elements.length && elements[i]?.name === 'data'; i++) {
    const d = elements[i];
    if (d) out[d.attributes.key ?? ''] = d.text;
  }
  return out;
}

test('GraphML is well-formed with one node per actor and one edge per projected pair', async () => {
  const xml = await collect(toGraphml([
    buildEvent({ source: ['TUR', 'RUS'], target: ['SYR', '~weird'] }),
    buildEvent({ source: ['RUS'], target: ['SYR'], quadClass: 'verbal-conflict', cameo: '112', goldstein: -2 }),
  ], actors));
  const elements = parseXml(xml);
  assert.equal(elements[0]?.name, 'graphml');
  assert.equal(elements.find((e) => e.name === 'graph')?.attributes.edgedefault, 'directed');
  const nodeAt = elements.flatMap((e, i) => (e.name === 'node' ? [i] : []));
  const edgeAt = elements.flatMap((e, i) => (e.name === 'edge' ? [i] : []));
  assert.deepEqual(nodeAt.map((i) => dataOf(elements, i).key), ['TUR', 'RUS', 'SYR', '~weird']);
  assert.deepEqual(nodeAt.map((i) => elements[i]?.attributes.id), ['n0', 'n1', 'n2', 'n3']);
  assert.equal(dataOf(elements, nodeAt[3] ?? -1).label, 'Tom & "Jerry" <Co>, \'Ltd\'');
  assert.equal(edgeAt.length, 4);
  const rusSyr = edgeAt.find((i) => elements[i]?.attributes.source === 'n1' && elements[i]?.attributes.target === 'n2');
  assert.deepEqual(dataOf(elements, rusSyr ?? -1), { events: '2', cooperation: '1', conflict: '1', goldstein: '-0.05' });
  // every key used is declared
  const declared = new Set(elements.filter((e) => e.name === 'key').map((e) => e.attributes.id));
  assert.ok(elements.filter((e) => e.name === 'data').every((d) => declared.has(d.attributes.key)));
});

test('GraphML of no events is a well-formed empty graph', async () => {
  const elements = parseXml(await collect(toGraphml([], actors)));
  assert.equal(elements.filter((e) => e.name === 'node' || e.name === 'edge').length, 0);
});
