import type { ActorKey, ActorKind, ActorRecord } from '../domain/index.js';
import type { ActorLookup } from './actor-lookup.js';
import { CAMEO_KNOWN_GROUPS } from './cameo-known-groups.js';

/** An actor as GDELT's ten actor columns describe it. */
export interface CameoActor {
  /** The full CAMEO code: country + role codes ("TURMIL"), or an organisation's code ("IGOWSTNAT"). */
  readonly code: string;
  readonly name: string;
  readonly countryCode: string;
  readonly knownGroup: string;
  /** Up to three role codes (GOV, MIL, COP...), in CAMEO order. */
  readonly types: readonly string[];
}

const KIND_ROLES: Readonly<Record<ActorKind, readonly string[]>> = {
  state: [], government: ['GOV'], ministry: ['GOV'], military: ['MIL'], police: ['COP'], intelligence: ['SPY'],
  legislature: ['LEG'], judiciary: ['JUD'], opposition: ['OPP'], igo: ['IGO'], ngo: ['NGO'], armed_group: ['REB'],
  party: ['PTY'], movement: [], media: ['MED'], company: ['BUS'], person: [], group: [], unknown: [],
};

// Sectors (data/sectors.tsv) whose kind says too little: "TUR.DEF" is a ministry, but CAMEO codes
// defence policy-makers GOVMIL; "TUR.CVL" and "TUR.PRO" are plain groups of civilians.
const SECTOR_ROLES: Readonly<Record<string, readonly string[]>> = {
  DEF: ['GOV', 'MIL'], CVL: ['CVL'], PRO: ['CVL'], BUS: ['BUS'],
};

const EMPTY: Omit<CameoActor, 'name'> = { code: '', countryCode: '', knownGroup: '', types: [] };
const MAX_DEPTH = 4;

/** The CAMEO coding of an actor key, as far as the store's actor records allow (see README). */
export function toCameoActor(key: ActorKey, actors: ActorLookup): CameoActor {
  const actor = actors(key);
  if (!actor) return { ...EMPTY, name: (key.startsWith('~') ? key.slice(1) : key).toUpperCase() };
  return { ...codeOf(actor, actors, 0), name: actor.name.toUpperCase() };
}

function codeOf(actor: ActorRecord, actors: ActorLookup, depth: number): Omit<CameoActor, 'name'> {
  if (actor.kind === 'igo' || actor.kind === 'ngo') return organisationCode(actor, actors, depth);
  if (actor.kind === 'person') return personCode(actor, actors, depth);
  const types = SECTOR_ROLES[sectorOf(actor.key)] ?? KIND_ROLES[actor.kind];
  const country = actor.country ?? '';
  return { code: country + types.join(''), countryCode: country, knownGroup: '', types: types.slice(0, 3) };
}

// "UNIFIL" is no CAMEO organisation, but it is a member of the UN, which is.
function organisationCode(actor: ActorRecord, actors: ActorLookup, depth: number): Omit<CameoActor, 'name'> {
  const known = knownGroupOf(actor, actors, depth);
  const generic = actor.kind === 'igo' ? 'IGO' : 'NGO';
  return { code: known?.code ?? generic, countryCode: actor.country ?? '', knownGroup: known?.group ?? '', types: [generic] };
}

function knownGroupOf(actor: ActorRecord, actors: ActorLookup, depth: number): { code: string; group: string } | undefined {
  const own = CAMEO_KNOWN_GROUPS[actor.key];
  if (own || depth >= MAX_DEPTH) return own;
  for (const parentKey of actor.memberOf) {
    const parent = actors(parentKey);
    const found = parent ? knownGroupOf(parent, actors, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

// "Hulusi Akar" (member of TUR.DEF) -> TURGOVMIL; a person who is a member of nothing coded -> their country.
function personCode(actor: ActorRecord, actors: ActorLookup, depth: number): Omit<CameoActor, 'name'> {
  if (depth < MAX_DEPTH) {
    for (const key of actor.memberOf) {
      const member = actors(key);
      if (!member || member.kind === 'person') continue;
      const coded = codeOf(member, actors, depth + 1);
      if (coded.types.length === 0 && coded.knownGroup === '') continue;
      const country = actor.country ?? (coded.countryCode || null);
      if (member.kind === 'igo' || member.kind === 'ngo' || country === null) return coded;
      return { ...coded, code: country + coded.types.join(''), countryCode: country };
    }
  }
  const country = actor.country ?? '';
  return { code: country, countryCode: country, knownGroup: '', types: [] };
}

// "TUR.DEF" -> "DEF"; "HTS" -> ""
function sectorOf(key: ActorKey): string {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? '' : key.slice(dot + 1);
}
