import type { Sentence, Span, Token } from '../../domain/index.js';
import { DIRECTION, DIRECTION_OF, GENERIC_WORDS, HAS_DIRECTION, isLocativeBefore, PLACE_NOUNS } from './place-cues.js';
import { isDivision } from '../../dictionaries/gazetteer/gazetteer.js';
import { isInside, type PlaceWithin } from './choose-place-entry.js';
import type { PlaceMention } from './find-place-mentions.js';

/** A candidate taken as a place mention, with the span shown for it and what makes it a region. */
export interface AcceptedPlaceMention {
  readonly candidate: PlaceMention;
  readonly span: Span;
  /** "northern Syria" (direction), "Idlib province" (admin), or neither. */
  readonly region: 'direction' | 'admin' | null;
  /** Where a qualifier puts it ("Haifa, Israel", "Krymske, Luhansk"), or null. */
  readonly within: PlaceWithin | null;
  /** It qualifies the place before it ("Luhansk" in "Krymske, Luhansk"), so it names a division when it can. */
  readonly qualifier: boolean;
  /** A noun makes it part of a town ("Bom Jardim neighbourhood"), which lies near the article's other places. */
  readonly part: boolean;
}

/** What acceptance found in one sentence: places, and names a place noun marks that no entry matched. */
export interface SentencePlaces {
  readonly accepted: AcceptedPlaceMention[];
  readonly unknown: Span[];
}

const STRONG_POPULATION = 50_000;
/** Nouns for the parts of a town. */
const PART_NOUNS: ReadonlySet<string> = new Set(['neighbourhood', 'neighborhood', 'suburb', 'community', 'ward', 'quarter']);

/**
 * Decides which candidates of a sentence are places: a country only when used locatively ("in Syria"), in a
 * region phrase ("northern Syria") or as a qualifier ("Haifa, Israel"); a name after a locative
 * preposition, before a place noun ("Haifa city"), in a "Celaya, Guanajuato" pair, or a large city;
 * a capital taken for its government ("Ankara said") only with such a cue, not for its size; a name
 * that is another actor only after a locative preposition.
 */
export function acceptPlaceMentions(text: string, tokens: readonly Token[], sentence: Sentence, candidates: readonly PlaceMention[]): SentencePlaces {
  const accepted: AcceptedPlaceMention[] = [];
  const unknown: Span[] = [];
  let previous: { index: number; locative: boolean; accepted: boolean; misplaced: boolean } | null = null;
  candidates.forEach((candidate, index) => {
    const prefix = directionBefore(text, candidate.start, sentence.start);
    // "Haifa city" (a noun after the name) or "Idlib Province" (cut off the name by findPlaceMentions)
    const after = tokens[candidate.tokenEnd];
    const nounAfter = after !== undefined && after.sentence === sentence.index && PLACE_NOUNS.has(after.text);
    const noun = candidate.noun ?? (nounAfter ? after.text : null);
    const end = noun !== null && after !== undefined ? after.end : candidate.end;
    // "in Aleppo, Idlib and Hama": a list after a locative preposition stays locative
    const joiner = tokens[candidate.tokenStart - 1]?.lower;
    const listed = previous !== null && previous.accepted && previous.locative && candidates[previous.index]?.tokenEnd === candidate.tokenStart - 1
      && (joiner === ',' || joiner === 'and' || joiner === 'or');
    const locative = listed || isLocativeBefore(tokens, candidate.tokenStart, sentence.tokenStart);
    const pair = pairOf(tokens, candidates, index);
    // "Haifa, Israel": the second names where the first is, when the first is a place below a country
    const qualifies = pair.before !== null && previous?.index === pair.before && previous.accepted && candidates[pair.before]?.entries[0]?.kind !== 'country';
    // "Krymske, Luhansk" names the oblast; "Aleppo, Idlib and Hama" is a list of places
    const division = qualifies && !isListed(tokens, candidate) && (previous?.misplaced === true || holds(withinOf(candidate), candidates[pair.before ?? -1]));
    const qualifiedBy = pair.after === null ? undefined : candidates[pair.after];
    const within = withinOf(qualifiedBy);
    const fits = within !== null && candidate.entries.some((e) => e.country !== null && within.countries.has(e.country));
    // "Kamyanka, Donetsk" where the gazetteer's Kamyankas all lie in other oblasts: a place it lacks
    const misplaced = qualifiedBy !== undefined && !isLarge(candidate) && !isListed(tokens, qualifiedBy) && !holds(within, candidate);
    const admin = noun !== null && PLACE_NOUNS.get(noun) === 'admin';

    // "Abu Salim (Tripoli)": a name in brackets after another names where it is
    const bracketed = pair.before !== null && tokens[candidate.tokenStart - 1]?.text === '(';

    let ok = false;
    if (candidate.entries.length > 0 && !isDoubtful(candidate) && !misplaced) {
      if (candidate.entries[0]?.kind === 'country') ok = (locative && !isRecipient(tokens, candidate.tokenStart)) || prefix !== null || qualifies;
      else if (candidate.actor) ok = locative;
      else if (candidate.seat) ok = locative || prefix !== null || noun !== null || qualifies || bracketed || fits;
      else ok = locative || prefix !== null || noun !== null || qualifies || bracketed || fits || isLarge(candidate);
    }
    if (ok) {
      const region = prefix !== null ? 'direction' : admin ? 'admin' : null;
      // "Kaya (Kaya, Sanmatenga)": a division named after a town is looked for in the town's country
      const around = division ? countriesOf(candidates[pair.before ?? -1]) : null;
      const part = noun !== null && PART_NOUNS.has(noun.toLowerCase());
      accepted.push({ candidate, span: { start: prefix ?? candidate.start, end }, region, within: fits ? within : around, qualifier: division, part });
    } else if (candidate.entries.length === 0 && !candidate.actor && (noun !== null || isNamedPlace(tokens, candidate.tokenStart))) {
      // "Marib governorate", "Shathath area", "the village of Kafr Nabl", unknown to the gazetteer: a place in the country the article is about
      accepted.push({ candidate, span: { start: candidate.start, end }, region: admin ? 'admin' : null, within: null, qualifier: false, part: false });
      ok = true;
    } else if ((candidate.entries.length === 0 || misplaced) && !candidate.actor && (noun !== null || locative)) {
      unknown.push({ start: candidate.start, end: candidate.end });
    }
    // an unknown name after a preposition still lets its qualifier through: "near Sentianivka, Luhansk"
    previous = { index, locative, accepted: ok || ((candidate.entries.length === 0 || misplaced) && locative), misplaced };
  });
  return { accepted, unknown };
}

/** Verbs after which "to COUNTRY" is a destination; after others ("provided goggles to Ukraine") it is a recipient. */
const MOTION = new Set(['travel', 'go', 'come', 'return', 'flee', 'move', 'arrive', 'head', 'trip', 'journey', 'migrate', 'relocate', 'way', 'route', 'road', 'border', 'visit', 'fly', 'sail', 'march', 'deport', 'extradite', 'repatriate', 'smuggle', 'cross', 'escape', 'drive', 'walk', 'ship', 'transport', 'bring', 'take']);

/** "sent aid to Ukraine", "reneged on its promise to Malawi": a country after "to" that is no destination. */
function isRecipient(tokens: readonly Token[], at: number): boolean {
  let to = at - 1;
  while (tokens[to]?.pos === 'DET') to--; // "to the United States"
  if (tokens[to]?.lower !== 'to') return false;
  for (let k = to - 1; k >= Math.max(0, to - 7); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') break;
    if (MOTION.has(t.lemma)) return false;
    if (t.pos === 'VERB') return true;
  }
  return true;
}

/** The start of a direction word right before `start` ("northern Syria", "the north of Syria"), or null. */
function directionBefore(text: string, start: number, sentenceStart: number): number | null {
  const from = Math.max(sentenceStart, start - 24);
  const before = text.slice(from, start);
  if (!HAS_DIRECTION.test(before)) return null;
  const m = DIRECTION.exec(before) ?? DIRECTION_OF.exec(before);
  const word = m?.[1];
  if (m === null || word === undefined) return null;
  return from + m.index + m[0].length - (before.length - before.trimEnd().length) - word.trimEnd().length;
}

/** The candidates that "A, B" or "A (B)" pairs candidate `index` with ("Haifa, Israel", "Cuauhtemoc municipality, Chihuahua"). */
function pairOf(tokens: readonly Token[], candidates: readonly PlaceMention[], index: number): { before: number | null; after: number | null } {
  const glued = (a: PlaceMention | undefined, b: PlaceMention | undefined): boolean => {
    if (a === undefined || b === undefined) return false;
    const end = PLACE_NOUNS.has(tokens[a.tokenEnd]?.lower ?? '') ? a.tokenEnd + 1 : a.tokenEnd;
    const glue = tokens[end]?.text;
    return b.tokenStart === end + 1 && (glue === ',' || glue === '(');
  };
  return {
    before: glued(candidates[index - 1], candidates[index]) ? index - 1 : null,
    after: glued(candidates[index], candidates[index + 1]) ? index + 1 : null,
  };
}

/** "the village of Kafr Nabl", "the town of Jarablus": a place noun and "of" name the place after them. */
function isNamedPlace(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'of' && PLACE_NOUNS.has(tokens[at - 2]?.lower ?? '');
}

/** "Idlib and Hama", "Idlib, Hama": a place followed by another in a list. */
function isListed(tokens: readonly Token[], candidate: PlaceMention): boolean {
  const next = tokens[candidate.tokenEnd];
  return next !== undefined && (next.lower === 'and' || next.lower === 'or' || (next.text === ',' && /^\p{Lu}/u.test(tokens[candidate.tokenEnd + 1]?.text ?? '')));
}

/** Whether the divisions a qualifier names (`outer`) may hold the place `inner`: yes when either has no division code to check. */
function holds(outer: PlaceWithin | null, inner: PlaceMention | undefined): boolean {
  const admins = outer?.admins;
  const coded = inner?.entries.filter((e) => e.admin !== undefined) ?? [];
  if (admins === undefined || admins.size === 0 || coded.length === 0) return true;
  return coded.some((e) => isInside(e.admin, admins));
}

/** The country of a place's best entry, as a restriction without divisions; null when it has none. */
function countriesOf(candidate: PlaceMention | undefined): PlaceWithin | null {
  const country = candidate?.entries[0]?.country;
  return country === undefined || country === null ? null : { countries: new Set([country]), admins: new Set() };
}

/** The countries and divisions a qualifier's entries name. */
function withinOf(candidate: PlaceMention | undefined): PlaceWithin | null {
  if (candidate === undefined || candidate.entries.length === 0) return null;
  const countries = new Set<string>();
  const admins = new Set<string>();
  for (const e of candidate.entries) {
    if (e.country !== null) countries.add(e.country);
    if (e.admin !== undefined && isDivision(e)) admins.add(e.admin);
  }
  return { countries, admins };
}

// "Congress", "LoC", "BAYAN": a generic word or an acronym is a place only as a country ("US") or a hand-kept name
function isDoubtful(candidate: PlaceMention): boolean {
  const best = candidate.entries[0];
  if (best === undefined || best.kind === 'country' || best.handKept) return false;
  return GENERIC_WORDS.has(candidate.name.toLowerCase()) || /^(?=(?:\p{L}*\p{Lu}){2})\p{L}+$/u.test(candidate.name);
}

function isLarge(candidate: PlaceMention): boolean {
  const best = candidate.entries[0];
  return best !== undefined && (best.handKept || best.capital || best.population > STRONG_POPULATION);
}
