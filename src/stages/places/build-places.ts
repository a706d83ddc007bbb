import { toMentionId, toPlaceId, type Diagnostic, type MentionId, type Place, type PlacePrecision, type Span, type TextSpan } from '../../domain/index.js';
import { foldPlaceName, toPlaceKey, type Gazetteer, type GazetteerEntry } from '../../dictionaries/gazetteer/index.js';
import type { AcceptedPlaceMention } from './accept-place-mentions.js';
import { choosePlaceEntry, type ArticleCountries } from './choose-place-entry.js';

interface Draft {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: PlacePrecision;
  readonly mentions: TextSpan[];
  readonly mentionIds: MentionId[];
}

/**
 * Geocodes the accepted place mentions of an article and merges those of the same place. A name
 * keeps the place it got first ("Idlib" is the same Idlib throughout); close calls and unknown
 * names become `place/ambiguous` and `place/unknown` diagnostics.
 */
export function buildPlaces(text: string, accepted: readonly AcceptedPlaceMention[], unknown: readonly Span[], countries: ArticleCountries, gazetteer: Gazetteer): { places: Place[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts = new Map<string, Draft>();
  const chosen = new Map<string, GazetteerEntry>();
  let extra = 0;
  const add = (key: string, make: () => Omit<Draft, 'mentions' | 'mentionIds'>, mention: TextSpan, id: MentionId): void => {
    let draft = drafts.get(key);
    if (draft === undefined) {
      draft = { ...make(), mentions: [], mentionIds: [] };
      drafts.set(key, draft);
    }
    draft.mentions.push(mention);
    draft.mentionIds.push(id);
  };
  const resolved = new Map<AcceptedPlaceMention, GazetteerEntry | null>();
  for (const a of accepted) if (a.candidate.entries.length > 0) resolved.set(a, resolveEntry(a, countries, chosen, diagnostics));
  for (const a of accepted) {
    const mention = { start: a.span.start, end: a.span.end, text: text.slice(a.span.start, a.span.end) };
    const id = a.candidate.mentionId ?? toMentionId(`pm${++extra}`);
    if (a.candidate.entries.length === 0) {
      // "Yisbal region", "Shathath area": a place in the country the article is most about, located no better than that
      const country = countries.top === null ? undefined : gazetteer.country(countries.top);
      diagnostics.push(unknownPlace({ start: a.candidate.start, end: a.candidate.end }, a.candidate.name, country?.name));
      if (country === undefined) continue;
      // a division is put at its country's point; a village the gazetteer lacks has no coordinates at all
      const point = a.region === 'admin' ? { lat: country.lat, lon: country.lon } : { lat: null, lon: null };
      add(`u:${foldPlaceName(mention.text)}`, () => ({ name: mention.text, country: country.country, ...point, precision: 'country' }), mention, id);
      continue;
    }
    const entry = resolved.get(a) ?? null;
    if (entry === null) continue;
    if (a.part && isStray(entry, resolved)) {
      // "in Ipatinga ... in Bom Jardim neighbourhood": the gazetteer's Bom Jardim is another place
      diagnostics.push(unknownPlace(a.span, mention.text));
      continue;
    }
    if (a.region === null || (a.region === 'direction' && entry.precision === 'region')) {
      add(`e:${entry.name}:${entry.lat}:${entry.lon}`, () => ({ name: entry.name, country: entry.country, lat: entry.lat, lon: entry.lon, precision: entry.precision }), mention, id);
    } else {
      // "northern Syria", "Idlib province": a region named as in the text, at the entry's point (the province's, when known)
      add(`r:${foldPlaceName(mention.text)}:${entry.country ?? ''}`, () => ({ name: mention.text, country: entry.country, lat: entry.lat, lon: entry.lon, precision: 'region' }), mention, id);
    }
  }
  for (const span of unknown) diagnostics.push(unknownPlace(span, text.slice(span.start, span.end)));
  const places = [...drafts.values()].map((d, i): Place => ({ id: toPlaceId(`p${i + 1}`), ...d }));
  return { places, diagnostics };
}

function resolveEntry(a: AcceptedPlaceMention, countries: ArticleCountries, chosen: Map<string, GazetteerEntry>, diagnostics: Diagnostic[]): GazetteerEntry | null {
  // "Idlib province" and "X, Luhansk" name divisions; "Idlib" alone keeps the place it got first
  const division = a.region === 'admin' || a.qualifier;
  const key = `${division ? 'd' : 'p'}:${toPlaceKey(a.candidate.name)}`;
  const earlier = a.within === null ? chosen.get(key) : undefined;
  if (earlier !== undefined) return earlier;
  const choice = choosePlaceEntry(a.candidate.entries, countries, a.within, division);
  if (choice === null) return null;
  const entry = choice.entry;
  if (choice.ambiguous) {
    diagnostics.push({
      code: 'place/ambiguous', severity: 'info', stage: 'places', span: { start: a.candidate.start, end: a.candidate.end },
      message: `"${a.candidate.name}" names several places; chose ${entry.name} (${entry.country ?? 'no country'})`,
    });
  }
  if (!chosen.has(key)) chosen.set(key, entry);
  return entry;
}

const NEAR_DEGREES = 0.5;

/** A place far from every other town or division the article names. */
function isStray(entry: GazetteerEntry, resolved: ReadonlyMap<AcceptedPlaceMention, GazetteerEntry | null>): boolean {
  let others = 0;
  for (const other of resolved.values()) {
    if (other === null || other === entry || other.kind === 'country') continue;
    if (Math.abs(other.lat - entry.lat) < NEAR_DEGREES && Math.abs(other.lon - entry.lon) < NEAR_DEGREES) return false;
    others++;
  }
  return others > 0;
}

function unknownPlace(span: Span, name: string, placedIn?: string): Diagnostic {
  const where = placedIn === undefined ? '' : `; placed at the point of ${placedIn}`;
  return { code: 'place/unknown', severity: 'info', stage: 'places', span, message: `"${name}" looks like a place but is not in the gazetteer${where}` };
}
