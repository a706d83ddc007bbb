import { toActorId, toEntryId, type Actor, type ActorId, type ActorKind, type Diagnostic, type EntryId, type Mention, type MentionId, type Span, type TextSpan } from '../../domain/index.js';
import { resolveRoles, type KnowledgeBase } from '../../dictionaries/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';
import { guessKind } from './guess-kind.js';
import { resolveLedBody } from './resolve-led-body.js';
import { resolveMention } from './resolve-mention.js';
import { countryContext } from './country-context.js';

interface Draft {
  id: ActorId;
  entry: EntryId | null;
  name: string;
  kind: ActorKind;
  country: string | null;
  memberOf: string | null;
  aliases: Set<string>;
  /** The name and aliases in lower case between spaces (" hulusi akar "), for partial names. */
  spelled: string[];
  mentions: TextSpan[];
  mentionIds: MentionId[];
  guessed: boolean;
}

/**
 * Resolves mentions to actors at the article date: knowledge-base entries, office holders, partial
 * and repeated names ("Akar" after "Hulusi Akar"), "he" and "his country", and guessed actors for
 * names sitrep does not know. Adds the organisations and states actors belong to (`memberOf`).
 */
export function createActorsStage(kb: KnowledgeBase): TypedStage<'actors'> {
  return defineStage({
    name: 'actors',
    version: '1',
    requires: ['sentences', 'tokens', 'mentions', 'places'],
    provides: ['actors'],
    run(analysis) {
      const date = analysis.article.published;
      const mentions = analysis.mentions ?? [];
      const places = analysis.places ?? [];
      const placeMentions = new Set(places.flatMap((p) => p.mentionIds));
      const placeSpans = places.flatMap((p) => p.mentions);
      // the characters of place mentions: a mention with none of them is no part of a place, without a check against every place
      const inPlace = new Uint8Array(analysis.article.text.length + 1);
      for (const p of placeSpans) inPlace.fill(1, p.start, p.end);
      const nearPlace = (m: Mention): boolean => {
        for (let k = m.start; k < m.end; k++) if (inPlace[k] === 1) return true;
        return false;
      };
      const contextOf = countryContext(kb, analysis.article.text, mentions, places, analysis.sentences ?? [], analysis.tokens ?? []);
      const byKey = new Map<string, Draft>();
      const diagnostics: Diagnostic[] = [];
      const drafts: Draft[] = [];
      const recent: { person: Draft | null; thing: Draft | null; plural: Draft | null; sentence: number } = { person: null, thing: null, plural: null, sentence: -1 };

      const actorFor = (key: string, make: () => Omit<Draft, 'id' | 'aliases' | 'spelled' | 'mentions' | 'mentionIds'>): Draft => {
        const found = byKey.get(key);
        if (found) return found;
        // field by field rather than a spread of make(), which is slow on objects of several shapes
        const { entry, name, kind, country, memberOf, guessed } = make();
        const draft: Draft = {
          id: toActorId(`a${drafts.length + 1}`), entry, name, kind, country, memberOf, guessed,
          aliases: new Set(), spelled: [spelledOf(name)], mentions: [], mentionIds: [],
        };
        byKey.set(key, draft);
        drafts.push(draft);
        return draft;
      };
      const fromEntry = (entry: EntryId): Draft => actorFor(entry, () => {
        const e = kb.entries.get(entry);
        return { entry, name: e?.name ?? entry, kind: e?.kind ?? 'unknown', country: e?.country ?? null, memberOf: memberOfEntry(kb, entry, date), guessed: false };
      });
      const attach = (d: Draft, m: Mention): void => {
        d.mentions.push({ text: m.text, start: m.start, end: m.end });
        d.mentionIds.push(m.id);
        if (m.kind === 'pronoun') return;
        const alias = m.name ?? m.text;
        if (m.text !== d.name && !d.aliases.has(alias)) {
          d.aliases.add(alias);
          d.spelled.push(spelledOf(alias));
        }
        if (d.kind === 'person') recent.person = d;
        else {
          if (d.kind !== 'group') recent.thing = d;
          if (isPlural(m.text) || PLURAL_KINDS.has(d.kind)) recent.plural = d;
          recent.sentence = m.sentence;
        }
      };

      for (const m of mentions) {
        if (placeMentions.has(m.id) || (nearPlace(m) && placeSpans.some((p) => isPartOfPlace(m, p)))) continue;
        if (m.kind === 'pronoun' && /^(it|they)$/i.test(m.text)) {
          // "Syria says it will...", "Palestinian leaders said they would...": the latest fitting actor nearby
          const found = m.sentence - recent.sentence <= 1 ? (/^it$/i.test(m.text) ? recent.thing : recent.plural ?? recent.thing) : null;
          if (found) attach(found, m);
          continue;
        }
        if (m.kind === 'pronoun' && !/^(he|she|his|her)$/i.test(m.text) && !/country$/i.test(m.text)) {
          // "the group", "the ministry": the latest actor of a fitting kind
          const wanted = /ministry$/i.test(m.text) ? ['ministry'] : ['armed_group', 'party', 'movement', 'ngo', 'group'];
          const found = [...drafts].reverse().find((d) => wanted.includes(d.kind));
          if (found) attach(found, m);
          continue;
        }
        if (m.kind === 'pronoun') {
          const person = recent.person;
          if (!person) continue;
          if (/country$/i.test(m.text)) { if (person.country) attach(fromEntry(toEntryId(person.country)), m); } else attach(person, m);
          continue;
        }
        // "Prigozhin said his fighters were turning back": the body the person just named leads
        const led = m.sector && recent.person?.entry && OWNER_PRONOUN_BEFORE.test(analysis.article.text.slice(Math.max(0, m.start - 5), m.start))
          ? resolveLedBody(kb, recent.person.entry, m.sector, date) : null;
        if (led) { attach(fromEntry(led), m); continue; }
        // only a sector word asks which country it is about
        const r = resolveMention(kb, m, date, m.sector ? contextOf(m) : null);
        if (!r) continue;
        if ('entry' in r) {
          if (r.ambiguous) diagnostics.push({ code: 'actor/ambiguous', severity: 'info', message: `"${m.text}" matches ${m.entries.join(', ')}; chose ${r.entry}`, span: { start: m.start, end: m.end } });
          attach(fromEntry(r.entry), m);
          // "Trump's administration agreed ..., he said": the leader named in passing is still who "he" is
          if (m.leader) recent.person = fromEntry(m.leader);
        } else if ('unfilled' in r) {
          diagnostics.push({ code: 'actor/role-unfilled', severity: 'info', message: `no known ${r.title} of ${r.unfilled} at ${date ?? 'an unknown date'}; "${m.text}" stands for the office`, span: { start: m.start, end: m.end } });
          attach(fromEntry(r.unfilled), m);
        } else {
          const known = partialNameOf(drafts, r.guess);
          if (known) { attach(known, m); continue; }
          // "Kurdish militants": a name with a sector word is a group of that sector's kind
          const sectorKind = m.sector ? kb.sectors.get(m.sector)?.kind : undefined;
          const kind = m.kind === 'generic' ? 'group' : m.kind === 'role' ? 'person' : sectorKind ?? guessKind(r.guess);
          const draft = actorFor(`?${r.guess.toLowerCase()}`, () => ({ entry: null, name: r.guess, kind, country: null, memberOf: r.memberOf, guessed: true }));
          if (m.kind === 'name') diagnostics.push({ code: 'actor/unknown', severity: 'info', message: `"${r.guess}" is not in the knowledge base; guessed kind ${kind}`, span: { start: m.start, end: m.end } });
          attach(draft, m);
        }
      }
      addParents(drafts, fromEntry);
      return { actors: drafts.map((d) => toActor(d, byKey, kb, date)), diagnostics };
    },
  });
}

/** "his" or "her" right before a word ("his fighters", "her government"). */
const OWNER_PRONOUN_BEFORE = /\b(?:his|her)\s+$/i;

const PLURAL_KINDS: ReadonlySet<ActorKind> = new Set(['group', 'armed_group', 'movement', 'military', 'police', 'opposition']);

/** "Palestinian leaders", "rebels": a mention whose last word is a plural common noun. */
function isPlural(text: string): boolean {
  return /(?:^|\s)[a-z]+[^s]s$/.test(text);
}

/** Adds the actor every member belongs to, up the chain (person -> TUR.DEF -> TUR). */
function addParents(drafts: Draft[], fromEntry: (e: EntryId) => Draft): void {
  for (let i = 0; i < drafts.length; i++) {
    const parent = drafts[i]?.memberOf;
    if (parent) fromEntry(toEntryId(parent));
  }
}

function memberOfEntry(kb: KnowledgeBase, entry: EntryId, date: string | null): string | null {
  const e = kb.entries.get(entry);
  if (!e) return null;
  if (e.kind === 'person') {
    const role = resolveRoles(kb, entry, date)[0];
    if (!role) return e.country;
    const sector = kb.titles.get(role.title)?.sector;
    return kb.countries.has(role.of) && sector && sector !== 'GOV' ? `${role.of}.${sector}` : role.of;
  }
  return e.parent;
}

/** An earlier person actor whose name ends with, or contains as whole words, this one ("Akar"). */
function partialNameOf(drafts: readonly Draft[], name: string): Draft | null {
  const needle = spelledOf(name);
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d?.kind === 'person' && d.spelled.some((s) => s.includes(needle))) return d;
  }
  return null;
}

function spelledOf(name: string): string {
  return ` ${name.toLowerCase()} `;
}

function toActor(d: Draft, byKey: ReadonlyMap<string, Draft>, kb: KnowledgeBase, date: string | null): Actor {
  const parent = d.memberOf ? byKey.get(d.memberOf) : undefined;
  const roles = d.entry && d.kind === 'person' ? resolveRoles(kb, d.entry, date).map((r) => ({ title: r.title, of: r.of, start: r.start, end: r.end })) : undefined;
  const entry = d.entry ? kb.entries.get(d.entry) : undefined;
  const aliases = new Set([...d.aliases, ...(entry?.aliases ?? [])]);
  aliases.delete(d.name);
  return {
    id: d.id, entry: d.entry, name: d.name, kind: d.kind, country: d.country ?? (parent?.country ?? null),
    memberOf: parent?.id ?? null, aliases: [...aliases], mentions: d.mentions, mentionIds: d.mentionIds,
    ...(roles && roles.length > 0 ? { roles } : {}), guessed: d.guessed,
  };
}

/**
 * Whether a mention is the name of a place, or a piece of it: the place's own words, an unknown
 * name overlapping it, or a known name inside a longer place name ("Praia" in "Mocimboa da Praia").
 */
function isPartOfPlace(m: Mention, place: Span): boolean {
  if (place.start === m.start && place.end === m.end) return true;
  if (m.entries.length === 0) return place.start < m.end && m.start < place.end;
  return m.kind === 'name' && place.start <= m.start && m.end <= place.end;
}
