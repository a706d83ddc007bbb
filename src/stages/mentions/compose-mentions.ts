import { toEntryId, type EntryId, type MentionKind } from '../../domain/index.js';
import { toSectorId, type KnowledgeBase, type NameHit } from '../../dictionaries/index.js';
import type { Piece } from './find-pieces.js';
import { findLeader } from './find-leader.js';

/** A mention before it gets its id and token range. */
export interface DraftMention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  readonly entries: readonly EntryId[];
  readonly title?: string;
  readonly titleOf?: EntryId;
  readonly name?: string;
  readonly sector?: string;
  readonly leader?: EntryId;
}

// Words that are sector words but too vague to stand alone as an actor ("people said").
const VAGUE_ALONE = new Set(['state', 'leaders', 'leadership', 'head', 'cabinet', 'administration', 'regime', 'court', 'courts', 'embassy', 'opposition', 'state department', 'companies', 'firms', 'businesses', 'banks', 'investors', 'officers', 'mob']);
/** Vague sector words that stand alone before an act noun: "regime air raids" are the government's. */
const ACTS_ALONE: ReadonlySet<string> = new Set(['regime']);
const ARTICLE = /^(the|a|an)\s$/i;

/**
 * Composes dictionary pieces into mentions: coordinated demonyms with a sector or title word
 * ("the Russian, Syrian and Turkish defence ministers" -> three role mentions), a title with the
 * person it names ("Defense Minister Hulusi Akar"), "the head of MIT", an organisation with its
 * members' word ("Taliban insurgents"), a body with its leader ("Assad's forces"), and plain names.
 */
export function composeMentions(kb: KnowledgeBase, text: string, pieces: readonly Piece[]): DraftMention[] {
  const out: DraftMention[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p || p.type === 'name') continue;
    const chain = ownerChain(kb, text, pieces, i);
    if (p.type === 'title') {
      composeTitle(kb, text, pieces, i, chain, consumed, out);
      continue;
    }
    if (chain.length > 0) {
      for (const { index, owner } of chain) {
        consumed.add(index);
        const from = pieces[index];
        if (!from) continue;
        const isLast = index === chain[chain.length - 1]?.index;
        const entry = isCountry(kb, owner) ? toSectorId(owner, p.code) : toEntryId(owner);
        out.push({ kind: isCountry(kb, owner) ? 'sector' : 'name', start: from.start, end: isLast ? p.end : from.end, entries: [entry], sector: p.code });
      }
      continue;
    }
    const leader = findLeader(kb, text, pieces, i);
    if (leader) {
      // "Assad's forces", "the Bush administration": the body the person leads, resolved at the article date
      if (leader.index !== null) consumed.add(leader.index);
      out.push({ kind: 'sector', start: leader.start, end: p.end, entries: [], sector: p.code, leader: leader.person });
      continue;
    }
    const word = text.slice(p.start, p.end).toLowerCase();
    // "regime air raids", "regime shelling": the regime names who does the act
    const actor = !VAGUE_ALONE.has(word) || (ACTS_ALONE.has(word) && beforeActNoun(kb, text, p.end));
    if (actor && !afterAdjectivePrefix(text, p.start) && !isModifier(kb, text, p.end, pieces[i + 1], p.code)) out.push({ kind: 'generic', start: p.start, end: p.end, entries: [], sector: p.code });
  }
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p || p.type !== 'name' || consumed.has(i)) continue;
    const demonym = p.hits.every((h) => h.how === 'demonym');
    const doer = demonym ? sectorOfAct(kb, p.hits, text, p.end) : null;
    if (doer !== null) {
      // "Russian air strikes", "Turkish shelling": only the state's military does that
      out.push({ kind: 'sector', start: p.start, end: p.end, entries: [doer], sector: doer.slice(doer.indexOf('.') + 1) });
      continue;
    }
    if (demonym && !standsAlone(text, p.end) && !beforeActNoun(kb, text, p.end)) {
      // "Young Algerians blocked roads": a plural demonym is a noun for the country's people
      const people = peopleOf(kb, p.hits, text.slice(p.start, p.end));
      if (people !== null) out.push({ kind: 'sector', start: p.start, end: p.end, entries: [toSectorId(people, PEOPLE)], sector: PEOPLE });
      continue; // "Turkish airspace" is no actor
    }
    out.push({ kind: demonym ? 'demonym' : 'name', start: p.start, end: p.end, entries: rankHits(kb, p.hits) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function composeTitle(kb: KnowledgeBase, text: string, pieces: readonly Piece[], i: number, chain: readonly Owner[], consumed: Set<number>, out: DraftMention[]): void {
  const p = pieces[i];
  if (!p || p.type !== 'title') return;
  let end = p.end;
  let titleOf: EntryId | undefined = chain.length === 1 && chain[0] ? ownerEntry(kb, chain[0].owner) : undefined;
  let start = chain[0] ? (pieces[chain[0].index]?.start ?? p.start) : p.start;
  // "the head of MIT", "leader of Hezbollah"
  const next = pieces[i + 1];
  const gap = next ? text.slice(end, next.start) : '';
  if (!titleOf && next?.type === 'name' && /^\s+of\s+(the\s+)?$/i.test(gap)) {
    const owners = ownersAfterOf(kb, text, pieces, i + 1);
    if (owners.length > 1) {
      // "the defence ministers of Turkey and Syria": one role per owner, as for "the Turkish and Syrian ministers"
      owners.forEach((o, n) => {
        consumed.add(o.index);
        const from = pieces[o.index];
        if (from) out.push({ kind: 'role', start: n === 0 ? start : from.start, end: from.end, entries: [], title: p.key, titleOf: ownerEntry(kb, o.owner) });
      });
      return;
    }
    titleOf = ownerEntry(kb, next.hits[0]?.entry ?? '');
    end = next.end;
    consumed.add(i + 1);
  } else if (next?.type === 'name' && /^\s+$/.test(gap) && next.hits.some((h) => kb.entries.get(h.entry)?.kind === 'person')) {
    // "Defense Minister Hulusi Akar": the title names the person after it
    consumed.add(i + 1);
    chain.forEach((c) => consumed.add(c.index));
    const persons = next.hits.filter((h) => kb.entries.get(h.entry)?.kind === 'person').map((h) => h.entry);
    out.push({ kind: 'role', start, end: next.end, entries: persons, title: p.key, ...(titleOf ? { titleOf } : {}), name: text.slice(next.start, next.end) });
    return;
  } else {
    const name = properNameAfter(text, end);
    if (name) {
      chain.forEach((c) => consumed.add(c.index));
      out.push({ kind: 'role', start, end: name.end, entries: [], title: p.key, ...(titleOf ? { titleOf } : {}), name: name.text });
      return;
    }
  }
  if (chain.length > 1) {
    // "the Russian, Syrian and Turkish defence ministers": one role per owner
    for (const c of chain) {
      consumed.add(c.index);
      const from = pieces[c.index];
      if (!from) continue;
      out.push({ kind: 'role', start: from.start, end: c === chain[chain.length - 1] ? end : from.end, entries: [], title: p.key, titleOf: ownerEntry(kb, c.owner) });
    }
    return;
  }
  chain.forEach((c) => consumed.add(c.index));
  start = Math.min(start, p.start);
  const body = titleOf ? bodyOfPluralTitle(kb, text.slice(p.start, p.end), p.key, titleOf) : null;
  if (body) {
    // "Russian envoys", "Hezbollah commanders": several holders of an office are its body, not one person
    out.push({ start, end, ...body });
    return;
  }
  out.push({ kind: 'role', start, end, entries: [], title: p.key, ...(titleOf ? { titleOf } : {}) });
}

/**
 * The body that a plural title of one owner stands for: the title's sector of a country ("Russian
 * envoys" -> RUS.FOR), or the organisation ("Hezbollah commanders"). Null for a singular title,
 * and for a country's title of no sector ("Palestinian leaders" stay the office of leader).
 */
function bodyOfPluralTitle(kb: KnowledgeBase, word: string, key: string, of: EntryId): Pick<DraftMention, 'kind' | 'entries' | 'sector'> | null {
  const title = kb.titles.get(key);
  if (!title || title.words.includes(word.toLowerCase())) return null;
  if (!isCountry(kb, of)) return { kind: 'name', entries: [of] };
  return title.sector ? { kind: 'sector', entries: [toSectorId(of, title.sector)], sector: title.sector } : null;
}

interface Owner {
  readonly index: number;
  readonly owner: string;
}

/** The country or organisation names directly before a sector or title word, with coordination. */
function ownerChain(kb: KnowledgeBase, text: string, pieces: readonly Piece[], i: number): Owner[] {
  const chain: Owner[] = [];
  let at = i;
  // "Turkey's military", "Turkeys military" (apostrophe stripped), "Turkish special"
  let joiner = /^(\s*['’]?s)?\s+(\p{Lu}\p{Ll}+\s+)?$|^-$/u;
  for (;;) {
    const prev = pieces[at - 1];
    const cur = pieces[at];
    if (!prev || !cur || prev.type !== 'name') break;
    // "U.S. envoys": the matched name "U.S" leaves its final full stop in the gap
    const gap = text.slice(prev.end, cur.start).replace(ABBREVIATION_STOP.test(text.slice(prev.start, prev.end)) ? /^\./ : /^$/, '');
    if (!joiner.test(gap) || gap === '-') break;
    if (text.charAt(prev.start - 1) === '-') break; // "pro-Russian separatists" are not Russian
    const owner = prev.hits[0]?.entry;
    if (!owner) break;
    const entry = kb.entries.get(owner);
    if (!entry || entry.kind === 'person') break;
    chain.unshift({ index: at - 1, owner });
    at--;
    joiner = /^\s*,\s*$|^\s*,?\s+and\s+$/; // further owners are coordinated: "Russian, Syrian and"
  }
  return chain;
}

/**
 * The coordinated owners after a title's "of" ("the foreign ministers of Iran, Iraq and Syria"),
 * starting with the name piece at `first`; persons end the list.
 */
function ownersAfterOf(kb: KnowledgeBase, text: string, pieces: readonly Piece[], first: number): Owner[] {
  const owners: Owner[] = [];
  for (let at = first; ; at++) {
    const cur = pieces[at];
    const owner = cur?.type === 'name' ? cur.hits[0]?.entry : undefined;
    if (!cur || !owner || kb.entries.get(owner)?.kind === 'person') break;
    owners.push({ index: at, owner });
    const next = pieces[at + 1];
    if (!next || !/^\s*,\s*$|^\s*,?\s+and\s+(the\s+)?$/.test(text.slice(cur.end, next.start))) break;
  }
  return owners;
}

/** A name written as an abbreviation with full stops ("U.S", "U.K"), whose last stop is left out of the match. */
const ABBREVIATION_STOP = /\.\p{Lu}$/u;

function ownerEntry(kb: KnowledgeBase, owner: string): EntryId {
  const entry = kb.entries.get(toEntryId(owner));
  // a capital or seat names a sector ("Kremlin" -> RUS.GOV): its office holder is the state's
  return entry?.parent && entry.id.includes('.') ? entry.parent : toEntryId(owner);
}

function isCountry(kb: KnowledgeBase, id: string): boolean {
  return kb.countries.has(id);
}

/** Orders a name's candidates: names and aliases before former names, demonyms and metonyms. */
function rankHits(kb: KnowledgeBase, hits: readonly NameHit[]): EntryId[] {
  const order = { name: 0, alias: 1, seat: 2, former: 3, capital: 4, demonym: 5 } as const;
  return [...hits].sort((a, b) => order[a.how] - order[b.how]).map((h) => h.entry).filter((e, i, all) => all.indexOf(e) === i && kb.entries.has(e));
}

/** The sector of a country's people, for a plural demonym used as a noun. */
const PEOPLE = 'CVL';

/** The country whose people a plural demonym names ("Algerians", "Kurds"), not its adjective ("Swiss"); or null. */
function peopleOf(kb: KnowledgeBase, hits: readonly NameHit[], word: string): string | null {
  if (!/\p{Ll}s$/u.test(word)) return null;
  for (const h of hits) {
    const country = kb.countries.get(h.entry);
    if (country !== undefined && country.demonyms[0] !== word && country.demonyms.includes(word)) return country.code;
  }
  return null;
}

/** "an Indian proposal", "Israeli air raids": a demonym before a noun naming what its state does. */
function beforeActNoun(kb: KnowledgeBase, text: string, end: number): boolean {
  return actNounsAfter(text, end).some((w) => kb.actNouns.has(w));
}

/** The sector of the demonym's country that does the act named after it ("Russian air strikes" -> RUS.MIL), or null. */
function sectorOfAct(kb: KnowledgeBase, hits: readonly NameHit[], text: string, end: number): EntryId | null {
  const sector = actNounsAfter(text, end).map((w) => kb.actNouns.get(w)).find((s) => s);
  const country = hits.find((h) => kb.countries.has(h.entry))?.entry;
  return sector && country ? toSectorId(country, sector) : null;
}

/** The lower-case word after a mention and the one after that ("air strikes", "surprise offensive"). */
function actNounsAfter(text: string, end: number): string[] {
  const m = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)/u.exec(text.slice(end, end + 40));
  return m ? [m[0].trim().split(/\s+/)[0] ?? '', m[1] ?? ''] : [];
}

/**
 * Whether a bare sector word ending at `end` only qualifies the noun after it: a noun of
 * data/modifier-nouns.tsv ("military aid", "police custody"), or a sector word of another sector
 * ("military intelligence", "government forces" are intelligence and the military).
 */
function isModifier(kb: KnowledgeBase, text: string, end: number, next: Piece | undefined, sector: string): boolean {
  const m = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 30));
  if (!m) return false;
  if (kb.modifierNouns.has(m[1] ?? '')) return true;
  return next?.type === 'sector' && next.code !== sector && next.start === end + m[0].length - (m[1]?.length ?? 0);
}

/** "anti-aircraft guns", "non-military aid": a sector word after such a prefix is an adjective ("ex-soldiers" stay people). */
function afterAdjectivePrefix(text: string, start: number): boolean {
  return text.charAt(start - 1) === '-' && ADJECTIVE_PREFIX.test(text.slice(Math.max(0, start - 9), start - 1));
}

const ADJECTIVE_PREFIX = /(?:^|[^\p{L}])(?:anti|pro|non|counter|inter|multi|cross|post|pre)$/iu;

function standsAlone(text: string, end: number): boolean {
  const after = text.slice(end, end + 20);
  return !/^\s+\p{Ll}/u.test(after) && !/^\s+\p{Lu}/u.test(after) || /^\s+(and|or|said|say|says|have|had|has|were|are|was|will|would)\b/.test(after);
}

/** A capitalised name of one to four words right after a title ("Minister Hulusi Akar"). */
function properNameAfter(text: string, at: number): { text: string; end: number } | null {
  const m = /^\s+((?:\p{Lu}[\p{L}'’.-]+)(?:\s+(?:al-|bin\s|ibn\s|de\s|van\s|von\s)?\p{Lu}[\p{L}'’.-]+){0,3})/u.exec(text.slice(at, at + 80));
  if (!m?.[1]) return null;
  const name = m[1].replace(/[.,]$/, '');
  if (ARTICLE.test(`${name} `) || /^(On|In|At|And|But|Said|Says|The)$/.test(name.split(/\s/)[0] ?? '')) return null;
  return { text: name, end: at + (m[0].length - m[1].length) + name.length };
}
