// Builders and a runner shared by this folder's tests; the commands never import this file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { openStore } from '../../app/open-store.js';
import { toPlaceId, type ActorRecord, type EventRecord, type IncidentRecord } from '../../domain/index.js';
import { buildExtraction, TEST_PLACES, type ArticleSpec } from '../../storage/contract/build-document.js';
import { registerQueryCommands } from './index.js';
import type { QueryIo } from './query-io.js';

/** A stored event with plausible defaults (the Turkish defence minister meets the Russian one in Moscow). */
export function buildEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'reuters-1#e1', article: 'reuters-1', outlet: 'Reuters', published: '2022-12-29',
    type: 'CONSULT', quadClass: 'verbal-cooperation', mode: null, cameo: '040', goldstein: 1,
    source: ['HULUSI_AKAR'], target: ['RUS.DEF'], attributedTo: [],
    date: { value: '2022-12-28', precision: 'day', text: 'on Wednesday', reason: 'weekday before publication' },
    location: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, precision: 'city', place: toPlaceId('p1') },
    modality: 'asserted',
    evidence: [{ text: 'Hulusi Akar met his Russian counterpart in Moscow.', start: 0, end: 50, sentence: 1, trigger: { text: 'met', start: 12, end: 15 } }],
    rule: 'test:1', reason: 'built by hand', incident: '1',
    ...overrides,
  };
}

/** An incident with plausible defaults: one report of buildEvent's meeting. */
export function buildIncident(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  const date = { value: '2022-12-28', precision: 'day', text: null, reason: 'test' } as const;
  const place = { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, precision: 'city', place: toPlaceId('p1') } as const;
  return {
    id: '1', type: 'CONSULT', quadClass: 'verbal-cooperation', source: ['HULUSI_AKAR'], target: ['RUS.DEF'],
    firstDate: '2022-12-28', lastDate: '2022-12-28',
    firstReport: { event: 'reuters-1#e1', article: 'reuters-1', outlet: 'Reuters', published: '2022-12-29' },
    reports: 1, independentSources: 1,
    dates: [{ value: date, events: ['reuters-1#e1'] }], places: [{ value: place, events: ['reuters-1#e1'] }],
    modalities: [{ value: 'asserted', events: ['reuters-1#e1'] }], events: ['reuters-1#e1'],
    ...overrides,
  };
}

/** A stored actor with no aliases, memberships or roles unless given. */
export function buildActor(key: string, name: string, overrides: Partial<ActorRecord> = {}): ActorRecord {
  return { key, name, kind: 'state', country: null, guessed: key.startsWith('~'), aliases: [], memberOf: [], roles: [], ...overrides };
}

/** Names of the actors the tests use, by key (unknown keys show as themselves). */
export const TEST_NAMES: Readonly<Record<string, string>> = {
  HULUSI_AKAR: 'Hulusi Akar', SERGEI_SHOIGU: 'Sergei Shoigu', 'RUS.DEF': 'Russian Defence Ministry', 'TUR.DEF': 'Turkish Defence Ministry',
  TUR: 'Turkey', RUS: 'Russia', SDF: 'Syrian Democratic Forces',
};

/** A name lookup over TEST_NAMES. */
export const nameOf = (key: string): string => TEST_NAMES[key] ?? key;

/** Three articles: a Moscow meeting reported by Reuters and AFP (dates and places differ), and a wire story. */
export const TEST_ARTICLES: readonly ArticleSpec[] = [
  { id: 'reuters-1', outlet: 'Reuters', published: '2022-12-29', title: 'Defence ministers meet in Moscow', events: [
    { type: 'CONSULT', source: ['HULUSI_AKAR', 'SERGEI_SHOIGU'], date: '2022-12-28', place: TEST_PLACES.moscow, evidence: 'Hulusi Akar and Sergei Shoigu met in Moscow on Wednesday.' },
    { type: 'ACCUSE', source: ['TUR'], target: ['SDF'], modality: 'reported', attributedTo: ['TUR.DEF'], evidence: 'Turkey accused the SDF of attacks, the ministry said.' },
  ] },
  { id: 'afp-1', outlet: 'AFP', published: '2022-12-30', title: 'Turkey and Russia hold talks', events: [
    { type: 'CONSULT', source: ['TUR.DEF'], target: ['RUS.DEF'], date: '2022-12-29', place: { name: 'Russia', country: 'RUS', lat: 60, lon: 90, precision: 'country' }, evidence: 'The Turkish and Russian defence ministries held talks.' },
    { type: 'ASSAULT', source: ['TUR.MIL'], target: ['SDF'], date: '2022-12', precision: 'month', place: TEST_PLACES.syria, evidence: 'Turkish forces struck SDF positions in northern Syria this month.' },
  ] },
  { id: 'wire-1', outlet: 'Test Wire', published: '2023-01-05', title: 'Turkey and Russia agree', events: [
    { type: 'AGREE', source: ['TUR'], target: ['RUS'], date: '2023-01-04', place: TEST_PLACES.ankara, evidence: 'Turkey and Russia agreed to continue the talks.' },
    { type: 'THREATEN', source: ['HTS'], target: ['TUR'], date: null, modality: 'threatened', evidence: 'HTS threatened Turkish troops.' },
    { type: 'COOPERATE', source: ['~textile merchants'], target: ['TUR'], evidence: 'Textile merchants worked with Turkish officials.' },
  ] },
];

/** A temporary store file holding TEST_ARTICLES and one rejection; `remove` deletes it. */
export async function createTestStore(): Promise<{ readonly path: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-query-'));
  const path = join(dir, 'sitrep.db');
  const store = await openStore(path, { create: true });
  try {
    for (const spec of TEST_ARTICLES) await store.saveExtraction(buildExtraction(spec));
    await store.saveRejection({ origin: 'feeds/bad.jsonl:3', code: 'input/format', message: 'line 3 is not a JSON object', at: '2023-01-05T10:00:00.000Z' });
  } finally {
    await store.close();
  }
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What a command wrote. */
export interface QueryRun {
  readonly out: string;
  readonly err: string;
}

function createSink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer | string, _encoding, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('') };
}

/** Runs `sitrep ARGS` in-process with the query commands only, capturing what they write (help too); errors are thrown. */
export async function runQuery(args: readonly string[], options: { isTTY?: boolean } = {}): Promise<QueryRun> {
  const [out, err] = [createSink(), createSink()];
  const io: QueryIo = { out: out.stream, err: err.stream, isTTY: options.isTTY ?? false, columns: 120 };
  const program = new Command('sitrep').exitOverride()
    .configureOutput({ writeOut: (s) => { out.stream.write(s); }, writeErr: (s) => { err.stream.write(s); } });
  registerQueryCommands(program, io);
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    // --help ends with a CommanderError of exit code 0 once the help is written.
    if (!(error instanceof CommanderError && error.exitCode === 0)) throw error;
  }
  return { out: out.text(), err: err.text() };
}
