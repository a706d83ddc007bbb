import type { ActorKey, ArticleView, EventRecord } from '../../domain/index.js';
import { formatActorNames, formatDyad, formatPlace } from './format-actor-names.js';
import { formatEventDate } from './format-event-date.js';
import { formatTable } from './format-table.js';
import { truncateText } from './truncate-text.js';

/** An article for a terminal: its metadata, actors, events with their evidence sentence, quotes and diagnostics. */
export function formatArticleText(view: ArticleView, width: number): string {
  const a = view.article;
  const names = new Map(view.actors.map((x) => [x.key, x.name]));
  const nameOf = (key: ActorKey): string => names.get(key) ?? (key.startsWith('~') ? key.slice(1) : key);
  const lines = [
    truncateText(a.title ?? a.id, width),
    `  id: ${a.id}`,
    `  outlet: ${a.outlet ?? 'unknown'}, published: ${a.published ?? 'unknown'}`,
    ...(a.url ? [`  url: ${a.url}`] : []),
    `  origin: ${a.origin}`,
    ...(a.duplicateOf ? [`  copy of: ${a.duplicateOf}${formatCopyNote(view)}`] : []),
    `  stored: ${a.storedAt}, by sitrep ${view.provenance.version}, knowledge base ${view.provenance.knowledgeBase}`,
    `  text: ${view.text.length} characters (--format json includes it)`,
  ];
  lines.push('', `Actors (${view.actors.length}):`);
  if (view.actors.length > 0) {
    const rows = view.actors.map((x) => [x.key, x.name, x.kind, x.country ?? '']);
    lines.push(...formatTable([{ header: 'key' }, { header: 'name' }, { header: 'kind' }, { header: 'country' }], rows, width - 2).map((l) => `  ${l}`));
  }
  lines.push('', `Events (${view.events.length}):`);
  for (const e of view.events) lines.push(...formatEventWithEvidence(e, nameOf, width));
  lines.push('', `Quotes (${view.quotes.length}):`);
  for (const q of view.quotes) {
    const speaker = q.speakerKey === null ? 'unknown speaker' : nameOf(q.speakerKey);
    lines.push(truncateText(`  ${q.text} — ${speaker}`, width));
  }
  lines.push('', `Diagnostics (${view.diagnostics.length}):`);
  for (const d of view.diagnostics) lines.push(truncateText(`  ${d.severity} ${d.code}: ${d.message}`, width));
  return lines.join('\n');
}

/** An exact copy is stored without its own extraction; an edited (near-)copy has its own events. */
function formatCopyNote(view: ArticleView): string {
  return view.actors.length === 0 && view.events.length === 0 ? ` (exact copy; see sitrep article ${view.article.duplicateOf})` : ' (edited copy, with its own events)';
}

/** "2022-12-28  CONSULT  Akar + Shoigu @ Moscow, RUS  [asserted]" and, below, the evidence sentence. */
function formatEventWithEvidence(e: EventRecord, nameOf: (key: ActorKey) => string, width: number): string[] {
  const place = e.location ? ` @ ${formatPlace(e.location)}` : '';
  const claim = e.attributedTo.length > 0 ? ` (claimed by ${formatActorNames(e.attributedTo, nameOf)})` : '';
  const incident = e.incident === null ? '' : `  incident ${e.incident}`;
  const type = e.mode ? `${e.type}/${e.mode}` : e.type;
  const head = `  ${formatEventDate(e.date)}  ${type}  ${formatDyad(e.source, e.target, nameOf)}${place}  [${e.modality}]${claim}${incident}`;
  const evidence = e.evidence[0];
  return [truncateText(head, width), ...(evidence ? [truncateText(`      “${evidence.text}”`, width)] : [])];
}
