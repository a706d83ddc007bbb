import type { Sentence, Span, Token } from '../../domain/index.js';
import { DIRECTION, DIRECTION_OF, GENERIC_WORDS, isLocativeBefore, PLACE_NOUNS, REGION_NOUNS } from './place-cues.js';
import type { PlaceHit } from './find-place-hits.js';

/** A hit taken as a place mention, with the span shown for it and what makes it a region. */
export interface AcceptedHit {
  readonly hit: PlaceHit;
  readonly span: Span;
  /** "northern Syria" (direction), "Idlib province" (admin), or neither. */
  readonly region: 'direction' | 'admin' | null;
  /** Countries a qualifier allows ("Haifa, Israel"), or null. */
  readonly within: ReadonlySet<string> | null;
}

/** What acceptance found in one sentence: places, and names a place noun marks that no entry matched. */
export interface SentencePlaces {
  readonly accepted: AcceptedHit[];
  readonly unknown: Span[];
}

const STRONG_POPULATION = 50_000;

/**
 * Decides which hits of a sentence are places: a country only when used locatively ("in Syria"), in a
 * region phrase ("northern Syria") or as a qualifier ("Haifa, Israel"); a name after a locative
 * preposition, before a place noun ("Haifa city"), in a "Celaya, Guanajuato" pair, or a large city;
 * a name that is an actor ("Ankara said") only after a locative preposition.
 */
export function acceptPlaceHits(text: string, tokens: readonly Token[], sentence: Sentence, hits: readonly PlaceHit[]): SentencePlaces {
  const accepted: AcceptedHit[] = [];
  const unknown: Span[] = [];
  let previous: { index: number; locative: boolean; accepted: boolean } | null = null;
  hits.forEach((hit, index) => {
    const prefix = directionBefore(text, hit.start, sentence.start);
    // "Haifa city" (a noun after the name) or "Idlib Province" (cut off the name by findPlaceHits)
    const after = tokens[hit.tokenEnd];
    const nounAfter = after !== undefined && after.sentence === sentence.index && PLACE_NOUNS.has(after.text);
    const noun = hit.noun ?? (nounAfter ? after.text : null);
    const end = noun !== null && after !== undefined ? after.end : hit.end;
    // "in Aleppo, Idlib and Hama": a list after a locative preposition stays locative
    const joiner = tokens[hit.tokenStart - 1]?.lower;
    const listed = previous !== null && previous.accepted && previous.locative && hits[previous.index]?.tokenEnd === hit.tokenStart - 1
      && (joiner === ',' || joiner === 'and' || joiner === 'or');
    const locative = listed || isLocativeBefore(tokens, hit.tokenStart, sentence.tokenStart);
    const pair = pairOf(tokens, hits, index);
    // "Haifa, Israel": the second names where the first is, when the first is a place below a country
    const qualifies = pair.before !== null && previous?.index === pair.before && previous.accepted && hits[pair.before]?.entries[0]?.kind !== 'country';
    const within = pair.after === null ? null : countriesOf(hits[pair.after]);
    const fits = within !== null && hit.entries.some((e) => e.country !== null && within.has(e.country));

    let ok = false;
    if (hit.entries.length > 0 && !isDoubtful(hit)) {
      if (hit.entries[0]?.kind === 'country') ok = locative || prefix !== null || qualifies;
      else if (hit.actor) ok = locative;
      else ok = locative || prefix !== null || noun !== null || qualifies || fits || isLarge(hit);
    }
    if (ok) {
      const region = prefix !== null ? 'direction' : noun !== null && PLACE_NOUNS.get(noun) === 'admin' ? 'admin' : null;
      accepted.push({ hit, span: { start: prefix ?? hit.start, end }, region, within: fits ? within : null });
    } else if (hit.entries.length === 0 && !hit.actor && noun !== null && REGION_NOUNS.has(noun)) {
      // "Marib governorate", unknown to the gazetteer: a region of the country the article is about
      accepted.push({ hit, span: { start: hit.start, end }, region: 'admin', within: null });
      ok = true;
    } else if (hit.entries.length === 0 && !hit.actor && (noun !== null || locative)) {
      unknown.push({ start: hit.start, end: hit.end });
    }
    // an unknown name after a preposition still lets its qualifier through: "near Sentianivka, Luhansk"
    previous = { index, locative, accepted: ok || (hit.entries.length === 0 && locative) };
  });
  return { accepted, unknown };
}

/** The start of a direction word right before `start` ("northern Syria", "the north of Syria"), or null. */
function directionBefore(text: string, start: number, sentenceStart: number): number | null {
  const from = Math.max(sentenceStart, start - 24);
  const before = text.slice(from, start);
  const m = DIRECTION.exec(before) ?? DIRECTION_OF.exec(before);
  const word = m?.[1];
  if (m === null || word === undefined) return null;
  return from + m.index + m[0].length - (before.length - before.trimEnd().length) - word.trimEnd().length;
}

/** The hits that "A, B" or "A (B)" pairs hit `index` with ("Haifa, Israel", "Cuauhtemoc municipality, Chihuahua"). */
function pairOf(tokens: readonly Token[], hits: readonly PlaceHit[], index: number): { before: number | null; after: number | null } {
  const glued = (a: PlaceHit | undefined, b: PlaceHit | undefined): boolean => {
    if (a === undefined || b === undefined) return false;
    const end = PLACE_NOUNS.has(tokens[a.tokenEnd]?.lower ?? '') ? a.tokenEnd + 1 : a.tokenEnd;
    const glue = tokens[end]?.text;
    return b.tokenStart === end + 1 && (glue === ',' || glue === '(');
  };
  return {
    before: glued(hits[index - 1], hits[index]) ? index - 1 : null,
    after: glued(hits[index], hits[index + 1]) ? index + 1 : null,
  };
}

function countriesOf(hit: PlaceHit | undefined): ReadonlySet<string> | null {
  if (hit === undefined || hit.entries.length === 0) return null;
  return new Set(hit.entries.flatMap((e) => (e.country === null ? [] : [e.country])));
}

// "Congress", "LoC", "BAYAN": a generic word or an acronym is a place only as a country ("US") or a hand-kept name
function isDoubtful(hit: PlaceHit): boolean {
  const best = hit.entries[0];
  if (best === undefined || best.kind === 'country' || best.handKept) return false;
  return GENERIC_WORDS.has(hit.name.toLowerCase()) || /^(?=(?:\p{L}*\p{Lu}){2})\p{L}+$/u.test(hit.name);
}

function isLarge(hit: PlaceHit): boolean {
  const best = hit.entries[0];
  return best !== undefined && (best.handKept || best.capital || best.population > STRONG_POPULATION);
}
