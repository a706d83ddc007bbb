import type { Mention, MentionId, Sentence, Token } from '../../domain/index.js';
import type { Gazetteer, GazetteerEntry } from '../../dictionaries/gazetteer/gazetteer.js';
import { toEntryCountry } from './count-article-countries.js';
import { findNameChunks } from './find-name-chunks.js';
import { PLACE_NOUNS } from './place-cues.js';

/** A name in a sentence that the gazetteer knows or that a place noun marks, before it is accepted. */
export interface PlaceMention {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** The name as looked up: "Idlib" in "Idlib Province". */
  readonly name: string;
  readonly entries: readonly GazetteerEntry[];
  /** The mention it comes from: a country mention, or an unresolved name or `place` mention starting with it. */
  readonly mentionId: MentionId | null;
  /** It overlaps an actor mention ("the YPG", "Hulusi Akar"). */
  readonly actor: boolean;
  /** It is a capital the mentions layer took for its government ("Ankara said", "in Ankara"). */
  readonly seat: boolean;
  /** It names a country through the mentions layer. */
  readonly countryMention: boolean;
  /** A capitalised place noun that ended the words and was cut off: "Province" in "Idlib Province". */
  readonly noun: string | null;
}

/** A name with its place noun that the gazetteer knows as a settlement: "Guatemala City", not "Idlib Province". */
function isWholeName(name: string, gazetteer: Gazetteer): boolean {
  return gazetteer.lookup(name).some((e) => e.kind === 'city' || e.kind === 'town');
}

// a name the knowledge base does not know ("Idlib", "Bat Galim Square") is a mention with no entries, not an actor
const isUnresolved = (m: Mention): boolean => m.kind === 'place' || (m.kind === 'name' && m.entries.length === 0);

/**
 * Finds the candidate place names of one sentence, in text order: country mentions among the
 * sentence's mentions (`inSentence`), and runs of capitalised words looked up in the gazetteer
 * (with a trailing "Province" cut off).
 */
export function findPlaceMentions(text: string, tokens: readonly Token[], sentence: Sentence, inSentence: readonly Mention[], gazetteer: Gazetteer): PlaceMention[] {
  const candidates: PlaceMention[] = [];
  for (const m of inSentence) {
    const country = m.kind === 'name' && m.entries[0]?.length === 3 ? toEntryCountry(m.entries[0], (c) => gazetteer.country(c) !== undefined) : null;
    const entry = country === null ? undefined : gazetteer.country(country);
    if (entry === undefined) continue;
    candidates.push({
      tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, name: m.text, entries: [entry],
      mentionId: m.id, actor: false, seat: false, countryMention: true, noun: null,
    });
  }
  const chunks = findNameChunks(tokens, sentence.tokenStart, sentence.tokenEnd);
  // most sentences name no country, and many no place at all: they need no more than this
  if (chunks.length === 0) return candidates;
  const countryCandidates = candidates.slice();
  let outnamed: Set<PlaceMention> | null = null;
  for (const chunk of chunks) {
    const countriesIn = countryCandidates.length > 0 ? countryCandidates.filter((c) => c.start < chunk.end && chunk.start < c.end) : NO_CANDIDATES;
    const overlapping = inSentence.filter((m) => m.start < chunk.end && chunk.start < m.end);
    let tokenEnd = chunk.tokenEnd;
    const last = tokens[tokenEnd - 1];
    // "Idlib Province" is Idlib with its noun; "Guatemala City" and "Kuwait City" are names of their own
    const cut = tokenEnd - chunk.tokenStart > 1 && last !== undefined && PLACE_NOUNS.has(last.lower) && !isWholeName(text.slice(chunk.start, chunk.end), gazetteer);
    const noun = cut ? last.lower : null;
    if (noun !== null) tokenEnd--;
    const end = tokens[tokenEnd - 1]?.end ?? chunk.end;
    const name = text.slice(chunk.start, end);
    const own = overlapping.find((m) => isUnresolved(m) && m.start === chunk.start);
    const entries = gazetteer.lookup(name);
    // "Mali Zvornik", "Mexico City": a known place whose name holds a country's is that place
    if (countriesIn.length > 0) {
      if (entries.length === 0 || countriesIn.some((c) => c.start < chunk.start || c.end > end || c.end - c.start >= end - chunk.start)) continue;
      for (const c of countriesIn) (outnamed ??= new Set()).add(c);
    }
    // "Praia" in "Mocimboa da Praia", "Mali" in "Mali Zvornik": a shorter name inside a known place is part of it
    const actors = overlapping.filter((m) => !isUnresolved(m) && !(entries.length > 0 && m.start >= chunk.start && m.end <= end && m.end - m.start < end - chunk.start));
    // "Ankara" as TUR.GOV: the capital of the country whose body the mention names
    const seat = actors.length > 0 && actors.every((m) => entries.some((e) => e.capital && e.country !== null && m.entries[0]?.startsWith(`${e.country}.`)));
    candidates.push({
      tokenStart: chunk.tokenStart, tokenEnd, start: chunk.start, end, name, entries,
      mentionId: own?.id ?? null, actor: actors.length > 0 && !seat, seat, countryMention: false, noun,
    });
  }
  // the country mentions come first, then the chunks, each in text order: only a mix of both needs sorting
  const mixed = countryCandidates.length > 0 && candidates.length > countryCandidates.length;
  const kept = outnamed === null ? candidates : candidates.filter((c) => !outnamed.has(c));
  return mixed ? kept.sort((a, b) => a.start - b.start) : kept;
}

const NO_CANDIDATES: readonly PlaceMention[] = [];
