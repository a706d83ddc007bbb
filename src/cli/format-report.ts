import type { SituationReport } from '../app/report/index.js';

/** Renders the situation report for a person at a terminal. */
export function formatReport(r: SituationReport): string {
  const s = r.stats;
  const lines: string[] = [];
  const span = r.firstDate ? ` from ${r.firstDate} to ${r.lastDate}` : '';
  lines.push(`SITUATION REPORT — ${s.articles} articles (${s.duplicates + s.nearDuplicates} copies linked), ${s.events} events, ${s.incidents} incidents${span}`);
  lines.push(`  ${s.multiSourceIncidents} incidents are reported by two or more independent sources; ${s.rejections} items were rejected.`);
  lines.push('', 'Most active actors');
  for (const a of r.actors) lines.push(`  ${String(a.events).padStart(5)}  ${a.name} (${a.key})`);
  lines.push('', 'Events by type');
  lines.push(`  ${r.types.map((t) => `${t.type} ${t.events}`).join(' · ')}`);
  lines.push('', 'Largest incidents');
  const name = (key: string): string => r.names.get(key) ?? key;
  for (const i of r.incidents) {
    const when = i.firstDate === i.lastDate ? i.firstDate ?? 'undated' : `${i.firstDate}..${i.lastDate}`;
    const who = `${i.source.map(name).join(' + ') || '?'} -> ${i.target.map(name).join(' + ') || '?'}`;
    lines.push(`  ${when}  ${i.type.padEnd(9)} ${who}  [${i.reports} reports, ${i.independentSources} independent]`);
    const first = i.firstReport;
    lines.push(`      first: ${first.outlet ?? first.article}${first.published ? ` (${first.published})` : ''}; incident ${i.id}`);
    const dates = tally(i.dates.map((d) => ({ label: d.value.value ?? 'undated', n: d.events.length })));
    if (dates.length > 1) lines.push(`      sources differ on the date: ${dates.join(' vs ')}`);
    const places = tally(i.places.map((p) => ({ label: p.value.name, n: p.events.length })));
    if (places.length > 1) lines.push(`      sources differ on the place: ${places.join(' vs ')}`);
  }
  lines.push('', 'Most conflictual pairs (mean Goldstein score, events)');
  for (const p of r.conflictual) lines.push(`  ${p.meanGoldstein.toFixed(1).padStart(6)}  ${String(p.events).padStart(4)}  ${p.a.name} — ${p.b.name}`);
  if (r.conflictual.length === 0) lines.push('  none yet');
  lines.push('', 'Most cooperative pairs');
  for (const p of r.cooperative) lines.push(`  ${p.meanGoldstein.toFixed(1).padStart(6)}  ${String(p.events).padStart(4)}  ${p.a.name} — ${p.b.name}`);
  if (r.cooperative.length === 0) lines.push('  none yet');
  return `${lines.join('\n')}\n`;
}

/** "2022-12-28 (2 reports)" per distinct value: values that only differ in how they were worded count once. */
function tally(values: readonly { label: string; n: number }[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.label, (counts.get(v.label) ?? 0) + v.n);
  return [...counts].map(([label, n]) => `${label} (${n})`);
}
