import type { EntryId } from '../../domain/index.js';
import { resolveRoles, toSectorId, type KnowledgeBase, type Role } from '../../dictionaries/index.js';

/** Organisation kinds whose leader's "forces" or "fighters" are the organisation itself. */
const ARMED_KINDS: ReadonlySet<string> = new Set(['armed_group', 'military', 'movement']);
/** Sectors of armed men: "Haftar's forces" are his armed group, "Erdogan's troops" his state's military. */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB']);

/**
 * The body a person leads, named by their name and a sector word: "Assad's forces" -> SYR.MIL,
 * "the Bush administration" -> USA.GOV, "Haftar's fighters" -> LNA. Roles held at the article date
 * come first, then earlier ones, latest first ("the Bush administration" in 2023 is still USA.GOV).
 * Null when the person has led neither a state nor, for armed men, an armed group.
 */
export function resolveLedBody(kb: KnowledgeBase, person: EntryId, sector: string, date: string | null): EntryId | null {
  const current = date ? resolveRoles(kb, person, date) : [];
  const earlier = [...(kb.rolesByPerson.get(person) ?? [])].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  for (const role of [...current, ...earlier]) {
    const body = bodyOf(kb, role, sector);
    if (body) return body;
  }
  return null;
}

function bodyOf(kb: KnowledgeBase, role: Role, sector: string): EntryId | null {
  if (kb.countries.has(role.of)) {
    const title = kb.titles.get(role.title);
    if (title?.sector !== 'GOV' || !title.unique) return null;
    // a head of state's fighters are the state's military, not rebels
    return toSectorId(role.of, sector === 'REB' ? 'MIL' : sector);
  }
  const org = kb.entries.get(role.of);
  return org && ARMED_SECTORS.has(sector) && ARMED_KINDS.has(org.kind) ? org.id : null;
}
