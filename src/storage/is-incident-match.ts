import type { ActorKey, EventDate, EventLocation, PloverType } from '../domain/index.js';
import { toDayNumber, toDayRange, type DayRange } from './day-range.js';

/** What incident matching needs to know of one event (see INCIDENTS.md). */
export interface MatchEvent {
  readonly article: string;
  readonly type: PloverType;
  readonly source: readonly ActorKey[];
  readonly target: readonly ActorKey[];
  readonly date: Pick<EventDate, 'value' | 'precision'>;
  /** The article's publication date, used when the event date is unknown or only a year. */
  readonly published: string | null;
  readonly location: Pick<EventLocation, 'country' | 'lat' | 'lon' | 'precision'> | null;
}

/** An actor's key and the keys of every actor it belongs to, transitively ("HULUSI_AKAR" -> TUR.DEF, TUR). */
export type Lineage = (key: ActorKey) => ReadonlySet<ActorKey>;

/** Types whose source and target may be told either way round ("A met B" = "B met A"). */
export const RECIPROCAL_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

/** Days either side of the publication date within which an undated event may match. */
export const UNDATED_SLACK_DAYS = 3;
/** Days two day-precise dates may differ by ("late on Monday" vs "on Tuesday"); the candidate index widens windows by as much. */
export const DAY_SLACK = 1;
/** Maximum distance between two precisely placed reports of one incident. */
export const MAX_DISTANCE_KM = 50;

/** Whether two keys are the same actor or one belongs to the other ("TUR.DEF" and "TUR"). */
function related(a: ActorKey, b: ActorKey, lineage: Lineage): boolean {
  return a === b || lineage(a).has(b) || lineage(b).has(a);
}

function anyRelated(as: readonly ActorKey[], bs: readonly ActorKey[], lineage: Lineage): boolean {
  return as.some((a) => bs.some((b) => related(a, b, lineage)));
}

/** Whether two events share a participant: a source, a swapped source/target for reciprocal types, or a target when a source is unknown. */
export function doActorsOverlap(a: MatchEvent, b: MatchEvent, lineage: Lineage): boolean {
  if (a.source.length > 0 && b.source.length > 0) {
    if (anyRelated(a.source, b.source, lineage)) return true;
    return RECIPROCAL_TYPES.has(a.type) && (anyRelated(a.source, b.target, lineage) || anyRelated(a.target, b.source, lineage));
  }
  // "Houthi positions were struck" (no source) vs "the US struck the Houthis": same target.
  return a.target.length > 0 && b.target.length > 0 && anyRelated(a.target, b.target, lineage);
}

/** The days an event date covers when it is day, week or month precise; null for a year or no date. */
function preciseRange(e: Pick<MatchEvent, 'date'>): DayRange | null {
  return e.date.precision === 'year' ? null : toDayRange(e.date);
}

/**
 * The days within which an event may match other reports: its date's days when day, week or month
 * precise, else its publication date ± 3 days; null when neither is known. Any two compatible events
 * have windows that overlap once widened by DAY_SLACK, which is what the candidate index relies on.
 */
export function toMatchWindow(e: Pick<MatchEvent, 'date' | 'published'>): DayRange | null {
  const range = preciseRange(e);
  if (range) return range;
  const p = e.published === null ? null : toDayNumber(e.published);
  return p === null ? null : { first: p - UNDATED_SLACK_DAYS, last: p + UNDATED_SLACK_DAYS };
}

/** Whether two events' dates can be the same happening, within their precision. */
export function areDatesCompatible(a: MatchEvent, b: MatchEvent): boolean {
  const [ra, rb] = [preciseRange(a), preciseRange(b)];
  if (ra && rb) {
    // Day vs day allows one day either way (time zones, "late on Monday"); otherwise ranges must overlap.
    const slack = a.date.precision === 'day' && b.date.precision === 'day' ? DAY_SLACK : 0;
    return ra.first <= rb.last + slack && rb.first <= ra.last + slack;
  }
  const [pa, pb] = [a.published && toDayNumber(a.published), b.published && toDayNumber(b.published)];
  if (!ra && !rb) return typeof pa === 'number' && typeof pb === 'number' && Math.abs(pa - pb) <= UNDATED_SLACK_DAYS;
  // One undated: the other's days must touch the undated one's publication date ± 3 days.
  const [range, p] = ra ? [ra, pb] : [rb as DayRange, pa];
  return typeof p === 'number' && range.first <= p + UNDATED_SLACK_DAYS && p - UNDATED_SLACK_DAYS <= range.last;
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether two events' places can be the same: same country or one unknown; precise points within 50 km. */
export function arePlacesCompatible(a: MatchEvent['location'], b: MatchEvent['location']): boolean {
  if (!a || !b) return true;
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  const coarse = (p: NonNullable<MatchEvent['location']>): boolean => p.precision === 'country' || p.precision === 'region';
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null || coarse(a) || coarse(b)) return true;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= MAX_DISTANCE_KM;
}

/** A report covers at most this many days (a month); see toReportDays. */
export const MAX_REPORT_DAYS = 31;
/** An incident never covers more days than this (a month-precise report covers up to 31). */
export const MAX_INCIDENT_DAYS = 31;
/** Day-precise reports of one incident are at most this many days apart, so a daily war does not chain into one incident. */
export const MAX_DAY_SPREAD = 2;

/**
 * The days a report counts for in an incident and in date filters: its date's days when day, week
 * or month precise, else (undated, or only a year) its publication day; null when neither is known.
 */
export function toReportDays(e: Pick<MatchEvent, 'date' | 'published'>): DayRange | null {
  const range = preciseRange(e);
  if (range) return range;
  const p = e.published === null ? null : toDayNumber(e.published);
  return p === null ? null : { first: p, last: p };
}

/** The days an incident covers so far: all its reports (`first`/`last`) and its day-precise ones (`exactFirst`/`exactLast`). */
export interface IncidentSpan {
  readonly first: number | null;
  readonly last: number | null;
  readonly exactFirst: number | null;
  readonly exactLast: number | null;
}

/** Whether an incident can take one more report without covering more than 31 days, or day-precise reports more than 2 days apart. */
export function fitsIncident(span: IncidentSpan, e: Pick<MatchEvent, 'date' | 'published'>): boolean {
  const days = toReportDays(e);
  if (!days) return true;
  if (span.first !== null && span.last !== null && Math.max(span.last, days.last) - Math.min(span.first, days.first) + 1 > MAX_INCIDENT_DAYS) return false;
  if (e.date.precision !== 'day' || span.exactFirst === null || span.exactLast === null) return true;
  return Math.max(span.exactLast, days.first) - Math.min(span.exactFirst, days.first) <= MAX_DAY_SPREAD;
}

/** Whether a new event may join the incident of an already stored event (INCIDENTS.md gives the rules). */
export function isIncidentMatch(a: MatchEvent, b: MatchEvent, lineage: Lineage): boolean {
  return a.type === b.type && a.article !== b.article && doActorsOverlap(a, b, lineage)
    && areDatesCompatible(a, b) && arePlacesCompatible(a.location, b.location);
}
