import type { ActorId, ExtractionDocument } from '../domain/index.js';

/** Renders a document for a person at a terminal: one line per event, then the quotes. */
export function formatText(doc: ExtractionDocument): string {
  const actors = new Map(doc.actors.map((a) => [a.id, a.name]));
  const names = (ids: readonly string[]): string => ids.map((id) => actors.get(id as ActorId) ?? id).join(' + ') || '?';
  const lines: string[] = [];
  const a = doc.article;
  lines.push(`${a.title ?? a.id}${a.published ? ` (${a.published})` : ''}${a.outlet ? ` — ${a.outlet}` : ''}`);
  const events = doc.events;
  lines.push(events.length === 0 ? '  no events' : `  ${events.length} event${events.length === 1 ? '' : 's'}:`);
  for (const e of events) {
    const place = e.location ? ` @ ${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}` : '';
    const claim = e.attributedTo.length > 0 ? ` (claimed by ${names(e.attributedTo)})` : '';
    const type = e.mode ? `${e.type}/${e.mode}` : e.type;
    lines.push(`  ${e.date.value ?? '????-??-??'}  ${type.padEnd(18)} ${names(e.source)} -> ${names(e.target)}${place}  [${e.modality}]${claim}`);
  }
  const quotes = doc.quotes;
  if (quotes.length > 0) lines.push(`  ${quotes.length} quote${quotes.length === 1 ? '' : 's'}:`);
  for (const q of quotes) {
    const text = q.text.length > 100 ? `${q.text.slice(0, 97)}...` : q.text;
    lines.push(`  “${text}” — ${q.speaker ? actors.get(q.speaker) ?? q.speaker : 'unknown speaker'}`);
  }
  const problems = doc.diagnostics.filter((d) => d.severity !== 'info');
  for (const d of problems) lines.push(`  ${d.severity}: ${d.code}: ${d.message}`);
  return lines.join('\n');
}
