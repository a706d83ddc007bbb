import type { EventDate, EventLocation, Place, Sentence, TimeExpression } from '../../domain/index.js';

/**
 * The date of an event: the temporal expression of its sentence nearest the trigger, else the
 * publication date, with the reason either way.
 */
export function dateEvent(dates: readonly TimeExpression[], sentence: Sentence, triggerAt: number, published: string | null): EventDate {
  let best: TimeExpression | null = null;
  for (const d of dates) {
    if (d.sentence !== sentence.index) continue;
    if (!best || Math.abs(d.start - triggerAt) < Math.abs(best.start - triggerAt)) best = d;
  }
  if (best) return { value: best.value, precision: best.precision, text: best.text, reason: `"${best.text}" in the same sentence` };
  if (published) return { value: published, precision: 'day', text: null, reason: 'no date in the sentence: the publication date' };
  return { value: null, precision: null, text: null, reason: 'no date in the sentence and no publication date' };
}

/** Words that put what follows at a place: "in Idlib", "near Krymske", "in the town of Jarablus" (not "from", "to": where people come from or go). */
const LOCATIVE = /\b(?:in|at|near|outside|inside|into|around|across|on|of)\s+(?:the\s+)?(?:\S+\s+(?:of\s+)?)?$/i;
const PRECISION_COST: Readonly<Record<string, number>> = { point: 0, city: 0, region: 60, country: 120 };
/** What separates a place from the one it qualifies: "Krymske, Luhansk", "Nihm (Sanaa)", "Jaghuri district in Ghazni". */
const QUALIFYING_GAP = /^\s*(?:,|\(|,?\s*(?:in|of)(?:\s+the)?)\s*$/i;
const QUALIFIER_COST = 100;
/** A place the gazetteer lacks ("Shathath area") comes after any place with coordinates. */
const UNLOCATED_COST = 400;

/** A place named in a sentence, with the part of its cost as an event's place that owes nothing to the trigger. */
export interface PlaceInSentence {
  readonly place: Place;
  readonly start: number;
  readonly end: number;
  readonly cost: number;
}

/**
 * The places named in a sentence, never one from another sentence, each with what its words and
 * precision cost it: a place named after a locative word ("clashed ... in the town of Jarablus")
 * costs less than one that is not ("fighters from Deir ez-Zor"); a place that only says where
 * another one is ("Luhansk" in "near Krymske, Luhansk") costs more. Worked out once a sentence.
 */
export function findSentencePlaces(places: readonly Place[], sentence: Sentence, text: string): PlaceInSentence[] {
  const named = places.flatMap((place) => place.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ place, m })));
  return named.map(({ place, m }) => {
    const locative = LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)) ? 0 : 80;
    const qualifies = named.some((o) => o.m.end <= m.start && o.place.precision !== 'country' && QUALIFYING_GAP.test(text.slice(o.m.end, m.start)));
    const cost = locative + (PRECISION_COST[place.precision] ?? 0) + (qualifies ? QUALIFIER_COST : 0) + (place.lat === null ? UNLOCATED_COST : 0);
    return { place, start: m.start, end: m.end, cost };
  });
}

/**
 * The place of an event among the places of its sentence: the most precise place wins, then one
 * named after a locative word, then the nearest after the trigger, then before it.
 */
export function locateEvent(inSentence: readonly PlaceInSentence[], triggerAt: number): EventLocation | null {
  let best: PlaceInSentence | null = null;
  let bestCost = 0;
  for (const named of inSentence) {
    const distance = named.start >= triggerAt ? named.start - triggerAt : (triggerAt - named.end) * 2;
    const cost = distance + named.cost;
    if (!best || cost < bestCost) { best = named; bestCost = cost; }
  }
  if (!best) return null;
  const p = best.place;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision, place: p.id };
}
