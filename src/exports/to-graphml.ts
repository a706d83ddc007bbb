import type { ActorLookup } from './actor-lookup.js';
import { buildActorNetwork, meanGoldstein } from './build-actor-network.js';
import type { EventSource } from './event-source.js';
import { escapeXml as x } from './xml-escape.js';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="key" for="node" attr.name="key" attr.type="string"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="country" for="node" attr.name="country" attr.type="string"/>
  <key id="events" for="edge" attr.name="events" attr.type="int"/>
  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>
  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>
  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>
  <graph id="actors" edgedefault="directed">
`;

/**
 * Streams the actor network of the events as GraphML (reads every event first, to aggregate).
 * Node ids are `n0`, `n1`...: GraphML ids are XML name tokens, which "~textile merchants" is not.
 */
export async function* toGraphml(events: EventSource, actors: ActorLookup): AsyncGenerator<string> {
  const network = await buildActorNetwork(events, actors);
  const ids = new Map<string, string>();
  yield HEADER;
  for (const n of network.nodes.values()) {
    const id = `n${ids.size}`;
    ids.set(n.key, id);
    const country = n.country === null ? '' : `<data key="country">${x(n.country)}</data>`;
    yield `    <node id="${id}"><data key="key">${x(n.key)}</data><data key="label">${x(n.name)}</data>`
      + `<data key="kind">${x(n.kind)}</data>${country}</node>\n`;
  }
  let i = 0;
  for (const e of network.edges.values()) {
    const mean = meanGoldstein(e);
    const goldstein = mean === null ? '' : `<data key="goldstein">${mean}</data>`;
    yield `    <edge id="e${i++}" source="${ids.get(e.source) ?? ''}" target="${ids.get(e.target) ?? ''}">`
      + `<data key="events">${e.events}</data><data key="cooperation">${e.cooperation}</data>`
      + `<data key="conflict">${e.conflict}</data>${goldstein}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
