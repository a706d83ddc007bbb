import { createHash } from 'node:crypto';
import {
  toActorId, toEntryId, toEventId, toPlaceId, toQuadClass,
  type ActorKind, type DatePrecision, type DocumentActor, type DocumentEvent, type ExtractionDocument, type ExtractionToSave,
  type Modality, type PlacePrecision, type PloverType, type Provenance,
} from '../../domain/index.js';

/** An actor for test documents, named by its store key ("TUR.DEF"; "~textile merchants" when guessed). */
export interface ActorSpec {
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly memberOf?: string;
  readonly aliases?: readonly string[];
}

/** A few knowledge-base actors, with memberOf chains (Hulusi Akar -> TUR.DEF -> TUR). */
export const TEST_ACTORS: Readonly<Record<string, ActorSpec>> = {
  TUR: { name: 'Turkey', kind: 'state', country: 'TUR', aliases: ['Türkiye', 'Republic of Turkey'] },
  'TUR.DEF': { name: 'Turkish Defence Ministry', kind: 'ministry', country: 'TUR', memberOf: 'TUR' },
  'TUR.MIL': { name: 'Turkish military', kind: 'military', country: 'TUR', memberOf: 'TUR' },
  HULUSI_AKAR: { name: 'Hulusi Akar', kind: 'person', country: 'TUR', memberOf: 'TUR.DEF', aliases: ['Akar'] },
  RUS: { name: 'Russia', kind: 'state', country: 'RUS', aliases: ['Russian Federation'] },
  'RUS.DEF': { name: 'Russian Defence Ministry', kind: 'ministry', country: 'RUS', memberOf: 'RUS' },
  SERGEI_SHOIGU: { name: 'Sergei Shoigu', kind: 'person', country: 'RUS', memberOf: 'RUS.DEF', aliases: ['Shoigu'] },
  SYR: { name: 'Syria', kind: 'state', country: 'SYR' },
  SDF: { name: 'Syrian Democratic Forces', kind: 'armed_group', country: 'SYR', aliases: ['SDF'] },
  HTS: { name: 'Hayat Tahrir al-Sham', kind: 'armed_group', country: 'SYR', aliases: ['HTS'] },
  '~textile merchants': { name: 'Textile merchants', kind: 'group', country: null },
  // A guessed actor whose name is also an alias of HULUSI_AKAR: "Akar" then names two actors.
  '~akar': { name: 'Akar', kind: 'unknown', country: null },
};

/** A place for test events. */
export interface PlaceSpec { readonly name: string; readonly country: string | null; readonly lat?: number; readonly lon?: number; readonly precision?: PlacePrecision }

/** Known places: Moscow and Ankara (cities), Syria (country). */
export const TEST_PLACES = {
  moscow: { name: 'Moscow', country: 'RUS', lat: 55.75222, lon: 37.61556, precision: 'city' },
  ankara: { name: 'Ankara', country: 'TUR', lat: 39.91987, lon: 32.85427, precision: 'city' },
  syria: { name: 'Syria', country: 'SYR', lat: 35, lon: 38, precision: 'country' },
} as const satisfies Record<string, PlaceSpec>;

/** An event for test documents; actors by store key. */
export interface EventSpec {
  readonly type: PloverType;
  readonly source?: readonly string[];
  readonly target?: readonly string[];
  readonly attributedTo?: readonly string[];
  /** Defaults to the publication date, day precision. */
  readonly date?: string | null;
  readonly precision?: DatePrecision;
  readonly place?: PlaceSpec;
  readonly modality?: Modality;
  /** The evidence sentence; it is placed in the article text. */
  readonly evidence?: string;
  readonly goldstein?: number | null;
}

/** An article for test documents. */
export interface ArticleSpec {
  readonly id: string;
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly title?: string;
  readonly events: readonly EventSpec[];
  /** The whole text; defaults to the title and the evidence sentences. */
  readonly text?: string;
  readonly provenance?: Provenance;
}

/** The provenance test documents carry unless told otherwise. */
export const TEST_PROVENANCE: Provenance = { version: '0.1.0', stages: { actors: '1', events: '1' }, knowledgeBase: 'kb-test-1' };

const GOLDSTEIN: Partial<Record<PloverType, number>> = { CONSULT: 1, AGREE: 3, COOPERATE: 6, ASSAULT: -10, ACCUSE: -2, THREATEN: -4, REJECT: -4 };

/** The keys an article's events name, with the parents they belong to, in first-seen order. */
function collectKeys(events: readonly EventSpec[]): string[] {
  const out: string[] = [];
  const add = (key: string): void => {
    if (out.includes(key)) return;
    out.push(key);
    const parent = TEST_ACTORS[key]?.memberOf;
    if (parent) add(parent);
  };
  for (const e of events) for (const k of [...(e.source ?? []), ...(e.target ?? []), ...(e.attributedTo ?? [])]) add(k);
  return out;
}

function toDocumentActors(keys: readonly string[]): DocumentActor[] {
  const local = (key: string): string => `a${keys.indexOf(key) + 1}`;
  return keys.map((key) => {
    const spec = TEST_ACTORS[key];
    if (!spec) throw new Error(`build-document: no test actor "${key}"; expected one of ${Object.keys(TEST_ACTORS).join(', ')}`);
    const guessed = key.startsWith('~');
    return {
      id: toActorId(local(key)), name: spec.name, kind: spec.kind, country: spec.country,
      memberOf: spec.memberOf ? toActorId(local(spec.memberOf)) : null, entry: guessed ? null : toEntryId(key),
      guessed, aliases: spec.aliases ?? [], mentions: [],
    };
  });
}

/** Builds an extraction document by hand, the way the pipeline would shape it. */
export function buildDocument(spec: ArticleSpec): ExtractionDocument {
  const published = spec.published === undefined ? '2022-12-29' : spec.published;
  const title = spec.title ?? `Report ${spec.id}`;
  const sentences = spec.events.map((e, i) => e.evidence ?? `Sentence ${i + 1} of ${spec.id}: ${e.type.toLowerCase()} between ${[...(e.source ?? []), ...(e.target ?? [])].join(' and ')}.`);
  const text = spec.text ?? [title, ...sentences].join('\n');
  const keys = collectKeys(spec.events);
  const local = (key: string): ReturnType<typeof toActorId> => toActorId(`a${keys.indexOf(key) + 1}`);
  const events: DocumentEvent[] = spec.events.map((e, i) => {
    const sentence = sentences[i] ?? '';
    const start = Math.max(0, text.indexOf(sentence));
    const date = e.date === undefined ? published : e.date;
    return {
      id: toEventId(`e${i + 1}`), type: e.type, quadClass: toQuadClass(e.type), mode: null, cameo: '040',
      goldstein: e.goldstein === undefined ? (GOLDSTEIN[e.type] ?? 0) : e.goldstein,
      source: (e.source ?? []).map(local), target: (e.target ?? []).map(local), attributedTo: (e.attributedTo ?? []).map(local),
      date: { value: date, precision: date === null ? null : (e.precision ?? 'day'), text: null, reason: `built for ${spec.id}` },
      location: e.place ? { name: e.place.name, country: e.place.country, lat: e.place.lat ?? null, lon: e.place.lon ?? null, precision: e.place.precision ?? 'city', place: toPlaceId(`${spec.id}-p${i + 1}`) } : null,
      modality: e.modality ?? 'asserted',
      evidence: { text: sentence, start, end: start + sentence.length, sentence: i + 1, trigger: { text: sentence.slice(0, 4), start, end: start + 4 } },
      rule: 'test:1', reason: 'built by hand',
    };
  });
  return {
    sitrep: spec.provenance ?? TEST_PROVENANCE,
    article: { id: spec.id, title, published, outlet: spec.outlet === undefined ? 'Test Wire' : spec.outlet, url: null },
    actors: toDocumentActors(keys), events,
    quotes: keys.length > 0 ? [{ text: '"We talked."', start: 0, end: 12, speaker: local(keys[0] ?? ''), speakerMention: null }] : [],
    places: [], dates: [],
    diagnostics: [{ code: 'actor/unknown', severity: 'info', message: 'built by hand' }],
  };
}

/** What the store is given to save: the built document, its text, the SHA-256 of the text and an origin. */
export function buildExtraction(spec: ArticleSpec): ExtractionToSave {
  const document = buildDocument(spec);
  const title = document.article.title ?? '';
  const text = spec.text ?? [title, ...document.events.map((e) => e.evidence?.text ?? '')].join('\n');
  return { document, text, contentHash: createHash('sha256').update(text).digest('hex'), origin: `test/${spec.id}.json` };
}
