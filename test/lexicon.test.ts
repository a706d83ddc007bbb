import assert from 'node:assert/strict';
import type { Analysis, Event } from '../src/domain/index.js';
import { runSentenceTable } from './sentence-table.js';

// Table test of the event lexicon: every row of test/lexicon/events.tests.tsv runs through the
// whole pipeline and its expectations are checked against the events found.

function entriesOf(analysis: Analysis, ids: readonly string[]): string[] {
  const byId = new Map((analysis.actors ?? []).map((a) => [a.id as string, a]));
  const out: string[] = [];
  for (const id of ids) {
    // an actor stands for its own entry and for every entry up its memberOf chain
    for (let a = byId.get(id); a; a = a.memberOf ? byId.get(a.memberOf) : undefined) if (a.entry) out.push(a.entry);
  }
  return out;
}

/** Whether an event meets one expectation: "TYPE", "TYPE:SRC>TGT", "TYPE~modality". */
function matches(analysis: Analysis, e: Event, want: string): boolean {
  const [head = '', modality] = want.split('~');
  const [type, roles] = head.split(':');
  const [src, tgt] = (roles ?? '*>*').split('>');
  return e.type === type
    && (src === '*' || entriesOf(analysis, e.source).includes(src ?? ''))
    && (tgt === '*' || (tgt?.startsWith('!') ? !entriesOf(analysis, e.target).includes(tgt.slice(1)) : entriesOf(analysis, e.target).includes(tgt ?? '')))
    && (!modality || e.modality === modality);
}

runSentenceTable('test/lexicon/events.tests.tsv', (analysis, want) => {
  const events = analysis.events ?? [];
  const found = events.map((e) => `${e.type}:${entriesOf(analysis, e.source).join('/')}>${entriesOf(analysis, e.target).join('/')}~${e.modality}`).join(' ; ');
  if (want === '-') { assert.equal(events.length, 0, `expected no event, found ${found}`); return; }
  // "!ASSAULT" or "!ASSAULT:SYR.CVL>*": no event of that type, or none of it with those roles
  if (want.startsWith('!')) { assert.ok(!events.some((e) => matches(analysis, e, want.slice(1))), `unexpected ${want.slice(1)} in ${found}`); return; }
  const ok = events.some((e) => matches(analysis, e, want));
  assert.ok(ok, `expected ${want}, found ${found || 'no event'}`);
});
