import type { ActorLookup } from './actor-lookup.js';
import { buildActorNetwork, meanGoldstein } from './build-actor-network.js';
import type { EventSource } from './event-source.js';
import { escapeXml as x } from './xml-escape.js';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>sitrep</creator>
    <description>Actor network: one directed edge per source x target pair of the events</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="country" title="country" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="events" title="events" type="integer"/>
      <attribute id="cooperation" title="cooperation" type="integer"/>
      <attribute id="conflict" title="conflict" type="integer"/>
      <attribute id="goldstein" title="mean Goldstein" type="double"/>
    </attributes>
`;

/** Streams the actor network of the events as GEXF 1.3 (reads every event first, to aggregate). */
export async function* toGexf(events: EventSource, actors: ActorLookup): AsyncGenerator<string> {
  const network = await buildActorNetwork(events, actors);
  yield HEADER;
  yield '    <nodes>\n';
  for (const n of network.nodes.values()) {
    const country = n.country === null ? '' : `<attvalue for="country" value="${x(n.country)}"/>`;
    yield `      <node id="${x(n.key)}" label="${x(n.name)}"><attvalues><attvalue for="kind" value="${x(n.kind)}"/>${country}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let i = 0;
  for (const e of network.edges.values()) {
    const mean = meanGoldstein(e);
    const goldstein = mean === null ? '' : `<attvalue for="goldstein" value="${mean}"/>`;
    yield `      <edge id="e${i++}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.events}"><attvalues>`
      + `<attvalue for="events" value="${e.events}"/><attvalue for="cooperation" value="${e.cooperation}"/>`
      + `<attvalue for="conflict" value="${e.conflict}"/>${goldstein}</attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
