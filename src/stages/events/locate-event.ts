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

/**
 * The place of an event: a place named in its sentence, never one from another sentence. The
 * most precise place wins, then one named after a locative word ("clashed ... in the town of
 * Jarablus" over "fighters from Deir ez-Zor"), then the nearest after the trigger, then before it.
 * A place that only says where another one is ("Luhansk" in "near Krymske, Luhansk") comes after it.
 */
export function locateEvent(places: readonly Place[], sentence: Sentence, triggerAt: number, text: string): EventLocation | null {
  let best: { place: Place; cost: number } | null = null;
  const inSentence = places.flatMap((place) => place.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ place, m })));
  for (const { place, m } of inSentence) {
    const distance = m.start >= triggerAt ? m.start - triggerAt : (triggerAt - m.end) * 2;
    const locative = LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)) ? 0 : 80;
    const qualifies = inSentence.some((o) => o.m.end <= m.start && o.place.precision !== 'country' && QUALIFYING_GAP.test(text.slice(o.m.end, m.start)));
    const cost = distance + locative + (PRECISION_COST[place.precision] ?? 0) + (qualifies ? QUALIFIER_COST : 0) + (place.lat === null ? UNLOCATED_COST : 0);
    if (!best || cost < best.cost) best = { place, cost };
  }
  if (!best) return null;
  const p = best.place;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision, place: p.id };
}
