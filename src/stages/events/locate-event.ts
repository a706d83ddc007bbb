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

/**
 * The place of an event: a place named in its sentence, the nearest after the trigger first
 * ("attacked ... in Idlib"), else the nearest before. Never a place from another sentence.
 */
export function locateEvent(places: readonly Place[], sentence: Sentence, triggerAt: number): EventLocation | null {
  let best: { place: Place; distance: number } | null = null;
  for (const place of places) {
    for (const m of place.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      const distance = m.start >= triggerAt ? m.start - triggerAt : (triggerAt - m.end) * 2;
      if (!best || distance < best.distance) best = { place, distance };
    }
  }
  if (!best) return null;
  const p = best.place;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision, place: p.id };
}
