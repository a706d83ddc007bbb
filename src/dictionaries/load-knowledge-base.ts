import { createHash } from 'node:crypto';
import { isActorKind, toEntryId, type ActorKind, type EntryId } from '../domain/index.js';
import { AliasMatcher } from './alias-matcher.js';
import { parseTsv, rowError, splitValues, type TsvRow } from './parse-tsv.js';
import { readDataFiles, type DataFile } from './read-data-files.js';
import { toSectorId, type Country, type KbEntry, type KnowledgeBase, type NameHit, type Role, type Sector, type SectorShift, type Title } from './knowledge-base.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[A-Z0-9_.]+$/;

/**
 * Loads and validates the knowledge base from sitrep's data folder and any user folders (same
 * format; their entries add to or override sitrep's). Problems are reported as `file:line`.
 */
export function loadKnowledgeBase(dataDir: string, userDirs: readonly string[] = []): KnowledgeBase {
  const dirs = [dataDir, ...userDirs];
  const files: DataFile[] = [];
  const read = (name: string, columns: readonly string[]): TsvRow[] => {
    const found = readDataFiles(dirs, name);
    files.push(...found);
    return found.flatMap((f) => parseTsv(f.text, f.name, columns));
  };

  const countries = new Map<string, Country>();
  const entries = new Map<EntryId, KbEntry>();
  const names = new AliasMatcher<NameHit>();
  const add = (entry: KbEntry, row: TsvRow): void => {
    if (entries.has(entry.id) && !userDirs.length) throw rowError(row, `id ${entry.id} is already used; ids must be unique across all data files`);
    entries.set(entry.id, entry);
  };

  for (const row of read('countries.tsv', ['code', 'iso2', 'name', 'aliases', 'demonyms', 'capital', 'lat', 'lon'])) {
    const c = row.cells;
    const code = c['code'] ?? '';
    if (!/^[A-Z]{3}$/.test(code)) throw rowError(row, `country code "${code}" is not an ISO 3166-1 alpha-3 code`);
    const country: Country = {
      code, iso2: c['iso2'] ?? '', name: c['name'] ?? code, demonyms: splitValues(c['demonyms']),
      capital: c['capital'] || null, lat: toNumber(row, c['lat']), lon: toNumber(row, c['lon']),
    };
    countries.set(code, country);
    add(entry(code, country.name, 'state', code, null, null, splitValues(c['aliases'])), row);
    for (const d of country.demonyms) names.add(d, { entry: toEntryId(code), how: 'demonym' });
  }

  const sectors = new Map<string, Sector>();
  for (const row of read('sectors.tsv', ['code', 'name', 'words', 'kind', 'aliases'])) {
    const c = row.cells;
    sectors.set(c['code'] ?? '', { code: c['code'] ?? '', template: c['name'] ?? '', aliases: splitValues(c['aliases']), words: splitValues(c['words']), kind: kindOf(row, c['kind']) });
  }
  const actNouns = new Map<string, string | null>();
  for (const row of read('act-nouns.tsv', ['word', 'sector'])) {
    const sector = row.cells['sector'] || null;
    if (sector !== null && !sectors.has(sector)) throw rowError(row, `unknown sector "${sector}"; valid: ${[...sectors.keys()].join(', ')}`);
    actNouns.set((row.cells['word'] ?? '').toLowerCase(), sector);
  }
  const modifierNouns = new Set(read('modifier-nouns.tsv', ['word']).map((row) => (row.cells['word'] ?? '').toLowerCase()));
  const sectorShifts: SectorShift[] = [];
  for (const row of read('sector-shifts.tsv', ['from', 'cues', 'to'])) {
    const c = row.cells;
    for (const code of [c['from'], c['to']]) if (!sectors.has(code ?? '')) throw rowError(row, `unknown sector "${code}"; valid: ${[...sectors.keys()].join(', ')}`);
    sectorShifts.push({ from: c['from'] ?? '', cues: new Set(splitValues(c['cues'])), to: c['to'] ?? '' });
  }
  for (const country of countries.values()) {
    for (const sector of sectors.values()) {
      const fill = (template: string): string => template.replace('{demonym}', country.demonyms[0] ?? country.name).replace('{country}', country.name);
      entries.set(toSectorId(country.code, sector.code), entry(toSectorId(country.code, sector.code), fill(sector.template), sector.kind, country.code, toEntryId(country.code), sector.code, sector.aliases.map(fill)));
    }
    if (country.capital) names.add(country.capital, { entry: toSectorId(country.code, 'GOV'), how: 'capital' });
  }

  for (const row of read('seats.tsv', ['alias', 'country', 'sector'])) {
    const c = row.cells;
    const country = c['country'] ?? '';
    if (!countries.has(country)) throw rowError(row, `unknown country "${country}"`);
    if (!sectors.has(c['sector'] ?? '')) throw rowError(row, `unknown sector "${c['sector']}"; valid: ${[...sectors.keys()].join(', ')}`);
    names.add(c['alias'] ?? '', { entry: toSectorId(country, c['sector'] ?? ''), how: 'seat' });
  }

  const pendingParents: [KbEntry, TsvRow][] = [];
  for (const row of read('organisations', ['id', 'name', 'aliases', 'kind', 'country', 'sector', 'parent', 'formerly'])) {
    const c = row.cells;
    const id = checkId(row, c['id']);
    const country = c['country'] || null;
    if (country && !countries.has(country)) throw rowError(row, `unknown country "${country}"`);
    const e: KbEntry = {
      ...entry(id, c['name'] ?? id, kindOf(row, c['kind']), country, c['parent'] ? toEntryId(c['parent']) : null, c['sector'] || null, splitValues(c['aliases'])),
      formerly: splitValues(c['formerly']), start: checkDate(row, c['start']), end: checkDate(row, c['end']),
    };
    add(e, row);
    pendingParents.push([e, row]);
  }
  for (const row of read('people', ['id', 'name', 'aliases', 'country'])) {
    const c = row.cells;
    const id = checkId(row, c['id']);
    const country = c['country'] || null;
    if (country && !countries.has(country)) throw rowError(row, `unknown country "${country}"`);
    add(entry(id, c['name'] ?? id, 'person', country, null, null, splitValues(c['aliases'])), row);
  }
  for (const [e, row] of pendingParents) {
    if (e.parent && !entries.has(e.parent)) throw rowError(row, `parent "${e.parent}" is neither an id nor a country code`);
  }

  const titles = new Map<string, Title>();
  const titleWords = new AliasMatcher<string>();
  for (const row of read('titles.tsv', ['key', 'words', 'sector', 'rank'])) {
    const c = row.cells;
    const t: Title = { key: c['key'] ?? '', words: splitValues(c['words']), sector: c['sector'] || null, unique: c['rank'] === '1' };
    titles.set(t.key, t);
    for (const w of t.words) for (const form of withPlural(w)) titleWords.add(form, t.key);
  }

  const rolesByPerson = new Map<EntryId, Role[]>();
  const rolesByOffice = new Map<string, Role[]>();
  for (const row of read('roles', ['person', 'title', 'org', 'start', 'end'])) {
    const c = row.cells;
    const person = toEntryId(c['person'] ?? '');
    if (!entries.has(person)) throw rowError(row, `unknown person "${person}"; add them to a people/*.tsv file first`);
    const title = c['title'] ?? '';
    if (!titles.has(title)) throw rowError(row, `unknown title "${title}"; valid: ${[...titles.keys()].join(', ')}`);
    const of = toEntryId(c['org'] ?? '');
    if (!entries.has(of)) throw rowError(row, `unknown organisation or country "${of}"`);
    const role: Role = { person, title, of, start: checkDate(row, c['start']), end: checkDate(row, c['end']) };
    if (role.start && role.end && role.end < role.start.slice(0, role.end.length)) throw rowError(row, `end ${role.end} is before start ${role.start}`);
    push(rolesByPerson, person, role);
    push(rolesByOffice, `${title}@${of}`, role);
  }

  for (const e of entries.values()) {
    if (e.id.includes('.')) continue; // composed sectors are found through sector words, not names
    names.add(e.name, { entry: e.id, how: 'name' });
    for (const a of e.aliases) names.add(a, { entry: e.id, how: 'alias' });
    for (const a of e.formerly) names.add(a, { entry: e.id, how: 'former' });
  }
  const sectorWords = new AliasMatcher<string>();
  for (const s of sectors.values()) for (const w of s.words) sectorWords.add(w, s.code);

  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(f.text);
  return Object.freeze({
    entries, countries, sectors, sectorShifts, actNouns, modifierNouns, titles, rolesByPerson, rolesByOffice, names, sectorWords, titleWords,
    hash: hash.digest('hex').slice(0, 16),
  });
}

/** A title and its plural ("defence minister" -> "defence ministers", "secretary" -> "secretaries"). */
function withPlural(words: string): string[] {
  if (/s$/.test(words)) return [words];
  return [words, /[^aeiou]y$/.test(words) ? `${words.slice(0, -1)}ies` : /(ch|sh)$/.test(words) ? `${words}es` : `${words}s`];
}

function entry(id: string, name: string, kind: ActorKind, country: string | null, parent: EntryId | null, sector: string | null, aliases: string[]): KbEntry {
  return { id: toEntryId(id), name, kind, country, parent, sector, aliases, formerly: [], start: null, end: null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function checkId(row: TsvRow, id: string | undefined): string {
  if (!id || !ID.test(id)) throw rowError(row, `id "${id ?? ''}" must be upper-case ASCII letters, digits, _ or .`);
  return id;
}

function checkDate(row: TsvRow, value: string | undefined): string | null {
  if (!value) return null;
  if (!DATE.test(value)) throw rowError(row, `date "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

function kindOf(row: TsvRow, value: string | undefined): ActorKind {
  const kind = value || 'unknown';
  if (!isActorKind(kind)) throw rowError(row, `kind "${kind}" is not one of the actor kinds`);
  return kind;
}

function toNumber(row: TsvRow, value: string | undefined): number | null {
  if (!value) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw rowError(row, `"${value}" is not a number`);
  return n;
}
