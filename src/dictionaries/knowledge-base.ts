import type { ActorKind, EntryId } from '../domain/index.js';
import type { AliasMatcher } from './alias-matcher.js';

/** An actor the knowledge base knows: a country, a composed sector, an organisation or a person. */
export interface KbEntry {
  readonly id: EntryId;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  /** The entry it belongs to: TUR.DEF -> TUR, UNSC -> UN, a ministry's state. */
  readonly parent: EntryId | null;
  readonly sector: string | null;
  readonly aliases: readonly string[];
  readonly formerly: readonly string[];
  readonly start: string | null;
  readonly end: string | null;
}

/** A country or territory, with what news uses to refer to it. */
export interface Country {
  readonly code: string;
  readonly iso2: string;
  readonly name: string;
  readonly demonyms: readonly string[];
  readonly capital: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** A state sector composed with a country ("Turkish" + "defence ministry"). */
export interface Sector {
  readonly code: string;
  readonly template: string;
  /** Other names, as templates: "Military Forces of {country}". */
  readonly aliases: readonly string[];
  readonly words: readonly string[];
  readonly kind: ActorKind;
}

/** A generic group of sector `from` followed by one of `cues` (lemmas) names sector `to`. */
export interface SectorShift {
  readonly from: string;
  readonly cues: ReadonlySet<string>;
  readonly to: string;
}

/** An office title: the words that name it, the sector it belongs to, and whether one person holds it at a time. */
export interface Title {
  readonly key: string;
  readonly words: readonly string[];
  readonly sector: string | null;
  readonly unique: boolean;
}

/** A person's office for a period. */
export interface Role {
  readonly person: EntryId;
  readonly title: string;
  readonly of: EntryId;
  readonly start: string | null;
  readonly end: string | null;
}

/** How a name in the text refers to an entry. */
export type NameHow = 'name' | 'alias' | 'former' | 'demonym' | 'capital' | 'seat';

/** What the name matcher returns for one matched alias. */
export interface NameHit {
  readonly entry: EntryId;
  readonly how: NameHow;
}

/** The loaded, frozen knowledge base with its lookups, built once at start-up. */
export interface KnowledgeBase {
  readonly entries: ReadonlyMap<EntryId, KbEntry>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly sectors: ReadonlyMap<string, Sector>;
  /** Generic groups named by what they do ("workers protested" -> protesters). */
  readonly sectorShifts: readonly SectorShift[];
  /** Nouns after which a demonym names an actor ("an Indian proposal"), lower-case, with the state sector doing it when only one can ("air strikes" -> MIL). */
  readonly actNouns: ReadonlyMap<string, string | null>;
  /** Nouns after which a bare sector word is a modifier, not an actor ("military aid"). */
  readonly modifierNouns: ReadonlySet<string>;
  readonly titles: ReadonlyMap<string, Title>;
  readonly rolesByPerson: ReadonlyMap<EntryId, readonly Role[]>;
  readonly rolesByOffice: ReadonlyMap<string, readonly Role[]>;
  /** Names, aliases, demonyms, capitals and seats of power of every entry. */
  readonly names: AliasMatcher<NameHit>;
  /** Sector words ("defence ministry", "troops") -> sector code. */
  readonly sectorWords: AliasMatcher<string>;
  /** Title words ("defense minister", "chief") -> title key. */
  readonly titleWords: AliasMatcher<string>;
  /** A hash of every data file, recorded with results for reproducibility. */
  readonly hash: string;
}

/** The id of a country's sector entry: ("TUR", "DEF") -> "TUR.DEF". */
export function toSectorId(country: string, sector: string): EntryId {
  return `${country}.${sector}` as EntryId;
}

/** Whether a (possibly partial) date falls in a period with (possibly partial) bounds. */
export function isWithin(date: string, start: string | null, end: string | null): boolean {
  if (start && date.slice(0, start.length) < start) return false;
  if (end && date.slice(0, end.length) > end) return false;
  return true;
}

/** The roles a person holds at a date (all roles when the date is unknown, latest first). */
export function resolveRoles(kb: KnowledgeBase, person: EntryId, date: string | null): readonly Role[] {
  const roles = kb.rolesByPerson.get(person) ?? [];
  if (!date) return roles;
  return roles.filter((r) => isWithin(date, r.start, r.end));
}

/** Who holds an office of an organisation or country at a date ("president" of "TUR" in 2023 -> Erdogan). */
export function resolveHolders(kb: KnowledgeBase, title: string, of: EntryId, date: string | null): readonly Role[] {
  const roles = kb.rolesByOffice.get(`${title}@${of}`) ?? [];
  if (!date) return roles.filter((r) => r.end === null);
  return roles.filter((r) => isWithin(date, r.start, r.end));
}
