import type { ActorKey, RoleSpell } from '../../domain/index.js';
import type { ActorProfile, Counterpart } from '../../storage/actor-profile.js';
import { formatMonthlyCounts } from './format-monthly-counts.js';

/** How many member keys the text lists before "and N more". */
const SHOWN_MEMBERS = 8;

/** An actor profile for a terminal: who it is, its events by month and type, its main partners and adversaries. */
export function formatActorProfile(profile: ActorProfile, nameOf: (key: ActorKey) => string, width: number): string {
  const a = profile.actor;
  const others = profile.members.filter((k) => k !== a.key);
  const lines = [
    `${a.name} (${a.key})`,
    `  kind: ${a.kind}${a.country ? `, country: ${a.country}` : ''}${a.guessed ? ', guessed (not in the knowledge base)' : ''}`,
    ...(a.aliases.length > 0 ? [`  aliases: ${a.aliases.join(', ')}`] : []),
    ...(a.memberOf.length > 0 ? [`  member of: ${a.memberOf.map((k) => `${nameOf(k)} (${k})`).join(', ')}`] : []),
    ...(a.roles.length > 0 ? ['  roles:', ...a.roles.map((r) => `    ${formatRole(r)}`)] : []),
    ...(others.length > 0 ? [`  counts the events of its members: ${formatMembers(others)}`] : []),
    '',
  ];
  const monthly = formatMonthlyCounts(profile.monthly, width - 2);
  lines.push(monthly.length === 0 ? 'No dated events.' : 'Events by month and type:', ...monthly.map((l) => `  ${l}`));
  lines.push('', ...formatCounterparts('Partners (cooperation)', profile.partners), ...formatCounterparts('Adversaries (conflict)', profile.adversaries));
  return lines.join('\n');
}

/** "defence minister of TUR, 2018-07-10..2023-06-03" (open ends shown as "since" or "until"). */
export function formatRole(role: RoleSpell): string {
  const title = `${role.title.replace(/_/g, ' ')} of ${role.of}`;
  if (role.start && role.end) return `${title}, ${role.start}..${role.end}`;
  if (role.start) return `${title}, since ${role.start}`;
  return role.end ? `${title}, until ${role.end}` : title;
}

function formatMembers(keys: readonly ActorKey[]): string {
  const shown = keys.slice(0, SHOWN_MEMBERS).join(', ');
  return keys.length > SHOWN_MEMBERS ? `${shown} and ${keys.length - SHOWN_MEMBERS} more` : shown;
}

function formatCounterparts(title: string, counterparts: readonly Counterpart[]): string[] {
  if (counterparts.length === 0) return [`${title}: none`];
  return [`${title}:`, ...counterparts.map((c) => `  ${c.name} (${c.key})  ${c.events} event${c.events === 1 ? '' : 's'}`)];
}
