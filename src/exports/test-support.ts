// Builders and checks shared by this folder's tests; not used by the exports themselves.
import { Parser } from 'htmlparser2';
import { toPlaceId, type ActorRecord, type EventRecord } from '../domain/index.js';
import type { ActorLookup } from './actor-lookup.js';

/** A stored event with plausible defaults (Turkish and Syrian defence ministries meet in Moscow). */
export function buildEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'a1#e1', article: 'a1', outlet: 'Reuters', published: '2023-01-02',
    type: 'CONSULT', quadClass: 'verbal-cooperation', mode: 'visit', cameo: '042', goldstein: 1.9,
    source: ['TUR.DEF'], target: ['SYR.DEF'], attributedTo: [],
    date: { value: '2022-12-28', precision: 'day', text: 'last Wednesday', reason: 'weekday before publication' },
    location: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, precision: 'city', place: toPlaceId('p1') },
    modality: 'asserted',
    evidence: [{ text: 'The defence ministers met in Moscow.', start: 0, end: 36, sentence: 0, trigger: { text: 'met', start: 22, end: 25 } }],
    rule: 'consult.meet', reason: '"met" with two actors', incident: 'i1',
    ...overrides,
  };
}

/** A stored actor with empty aliases, memberships and roles unless given. */
export function buildActor(key: string, name: string, kind: ActorRecord['kind'], country: string | null, memberOf: string[] = []): ActorRecord {
  return { key, name, kind, country, guessed: key.startsWith('~'), aliases: [], memberOf, roles: [] };
}

/** The actors the tests know, by key. */
export const ACTORS: readonly ActorRecord[] = [
  buildActor('TUR', 'Turkey', 'state', 'TUR'),
  buildActor('SYR', 'Syria', 'state', 'SYR'),
  buildActor('RUS', 'Russia', 'state', 'RUS'),
  buildActor('USA', 'United States', 'state', 'USA'),
  buildActor('TUR.DEF', 'Turkish Defence Ministry', 'ministry', 'TUR', ['TUR']),
  buildActor('SYR.DEF', 'Syrian Defence Ministry', 'ministry', 'SYR', ['SYR']),
  buildActor('RUS.DEF', 'Russian Defence Ministry', 'ministry', 'RUS', ['RUS']),
  buildActor('TUR.FOR', 'Turkish Foreign Ministry', 'ministry', 'TUR', ['TUR']),
  buildActor('TUR.GOV', 'Turkish government', 'government', 'TUR', ['TUR']),
  buildActor('TUR.MIL', 'Turkish military', 'military', 'TUR', ['TUR']),
  buildActor('TUR.POL', 'Turkish police', 'police', 'TUR', ['TUR']),
  buildActor('TUR.INT', 'Turkish intelligence', 'intelligence', 'TUR', ['TUR']),
  buildActor('TUR.OPP', 'Turkish opposition', 'opposition', 'TUR', ['TUR']),
  buildActor('SYR.CVL', 'Syrian civilians', 'group', 'SYR', ['SYR']),
  buildActor('HULUSI_AKAR', 'Hulusi Akar', 'person', 'TUR', ['TUR.DEF']),
  buildActor('ERDOGAN_FAN', 'A. Citizen', 'person', 'TUR', ['TUR']),
  buildActor('GUTERRES', 'António Guterres', 'person', null, ['UN']),
  buildActor('HTS', 'Hayat Tahrir al-Sham', 'armed_group', 'SYR'),
  buildActor('UN', 'United Nations', 'igo', null),
  buildActor('UNIFIL', 'UN Interim Force in Lebanon', 'igo', null, ['UN']),
  buildActor('NATO', 'NATO', 'igo', null),
  buildActor('OPCW', 'Organisation for the Prohibition of Chemical Weapons', 'igo', null),
  buildActor('SOHR', 'Syrian Observatory for Human Rights', 'ngo', 'GBR'),
  buildActor('~weird', 'Tom & "Jerry" <Co>, \'Ltd\'', 'group', null),
];

/** A lookup over the given actors. */
export function lookupOf(actors: readonly ActorRecord[] = ACTORS): ActorLookup {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  return (key) => byKey.get(key);
}

/** Joins every chunk of an export. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

/** An element of a parsed XML document. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  text: string;
}

/**
 * Parses XML strictly enough for tests: throws on an unclosed or mismatched tag, a stray closing
 * tag, more than one root, or an `&` that starts no entity; returns every element in document order.
 */
export function parseXml(xml: string): XmlElement[] {
  const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bad) throw new Error(`bare & at ${bad.index}`);
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  let roots = 0;
  let explicitCloses = 0;
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      if (open.length === 0) roots += 1;
      const element = { name, attributes, text: '' };
      elements.push(element);
      open.push(element);
    },
    ontext(text) { const top = open[open.length - 1]; if (top) top.text += text; },
    onclosetag(name) {
      // htmlparser2 also "closes" self-closing tags and, silently, tags left open: tell them apart by the source.
      const source = xml.slice(parser.startIndex, parser.endIndex + 1);
      const top = open.pop();
      if (source.startsWith('</')) {
        if (source !== `</${name}>`) throw new Error(`<${name}> closed by ${source}`);
        explicitCloses += 1;
      } else if (!source.endsWith('/>')) throw new Error(`unclosed <${name}>`);
      if (top?.name !== name) throw new Error(`<${top?.name ?? '(none)'}> closed by </${name}>`);
    },
  }, { xmlMode: true, decodeEntities: true });
  parser.end(xml);
  if (open.length > 0) throw new Error(`unclosed <${open[open.length - 1]?.name ?? ''}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  const closingTags = xml.match(/<\/[^>]*>/g)?.length ?? 0;
  if (closingTags !== explicitCloses) throw new Error(`${closingTags - explicitCloses} stray closing tag(s)`);
  return elements;
}
