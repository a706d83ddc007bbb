import { toEntryId, type EntryId, type Mention } from '../../domain/index.js';
import { resolveHolders, toSectorId, type KnowledgeBase } from '../../dictionaries/index.js';
import { resolveLedBody } from './resolve-led-body.js';

/** What a mention resolves to: a knowledge-base entry, or a name to make a guessed actor from. */
export type Resolution =
  | { readonly entry: EntryId; readonly ambiguous: boolean }
  | { readonly guess: string; readonly memberOf: EntryId | null }
  | { readonly unfilled: EntryId; readonly title: string }
  | null;

/**
 * Resolves one mention at the article date: its best knowledge-base entry; a role to the person
 * holding it ("the Turkish President" in 2023 -> Erdogan); a sector word to the country the
 * sentence is about ("police" in a sentence about Kabul -> AFG.POL); a body named by its leader to
 * what that person leads ("Assad's forces" -> SYR.MIL).
 */
export function resolveMention(kb: KnowledgeBase, m: Mention, date: string | null, contextCountry: string | null): Resolution {
  if (m.kind === 'role') {
    if (m.entries[0]) return { entry: m.entries[0], ambiguous: m.entries.length > 1 };
    const title = m.title ? kb.titles.get(m.title) : undefined;
    if (m.title && m.titleOf) {
      const holders = resolveHolders(kb, m.title, m.titleOf, date);
      const holder = holders[0];
      if (holder && !m.name && (holders.length === 1 || title?.unique)) return { entry: holder.person, ambiguous: holders.length > 1 };
      const office = officeOf(kb, m.titleOf, title?.sector ?? null);
      if (m.name) return { guess: m.name, memberOf: office };
      return { unfilled: office, title: m.title };
    }
    return m.name ? { guess: m.name, memberOf: null } : null;
  }
  if (m.leader && m.sector) {
    // "Assad's forces" -> SYR.MIL; a person who led nothing known: their own country's sector
    const body = resolveLedBody(kb, m.leader, m.sector, date);
    const country = kb.entries.get(m.leader)?.country ?? contextCountry;
    if (body) return { entry: body, ambiguous: false };
    return country ? { entry: toSectorId(country, m.sector), ambiguous: false } : { guess: m.text, memberOf: null };
  }
  if (m.kind === 'generic') {
    return contextCountry && m.sector ? { entry: toSectorId(contextCountry, m.sector), ambiguous: false } : { guess: m.text, memberOf: null };
  }
  if (m.kind === 'pronoun') return null;
  const first = m.entries[0];
  if (first) return { entry: first, ambiguous: m.entries.length > 1 };
  return { guess: m.text, memberOf: null };
}

/** The body an office belongs to: a title's sector of a country (TUR + DEF), or the organisation itself. */
function officeOf(kb: KnowledgeBase, of: EntryId, sector: string | null): EntryId {
  if (kb.countries.has(of) && sector) return toSectorId(of, sector);
  return toEntryId(of);
}
