import type { DatePrecision, Diagnostic, TextSpan } from '../../domain/index.js';
import { compileTimeRules, type CompiledTimeRule } from './compile-time-rules.js';
import { parseDayNumber, type DayNumber } from './day-number.js';
import { isFutureContext } from './is-future-context.js';
import type { Tense } from './resolve-annual-date.js';
import type { RuleContext, RuleOutcome } from './time-rule.js';
import { TIME_RULES } from './time-rules.js';
import { wordBefore } from './word-before.js';

/** A temporal expression found in a text, resolved against the publication date. */
export interface TimeFound extends TextSpan {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; for a week, the Monday that starts it. */
  readonly value: string;
  readonly precision: DatePrecision;
}

const COMPILED = compileTimeRules(TIME_RULES);

/**
 * Finds the dates, weeks, months and years a news text mentions and resolves them against its
 * publication date, reading day names and yearless dates as past unless the words before them
 * speak of the future. Without a publication date only absolute dates resolve.
 */
export function findTimeExpressions(text: string, published: string | null): { expressions: TimeFound[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const anchor = published === null ? null : parseDayNumber(published);
  if (published !== null && anchor === null) {
    diagnostics.push({ code: 'article/bad-date', severity: 'warning', message: `Publication date "${published}" is not a valid YYYY-MM-DD date; relative dates were not resolved.` });
  }
  const expressions: TimeFound[] = [];
  const unanchored: TextSpan[] = [];
  const scanner = COMPILED.scanner;
  scanner.lastIndex = 0;
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    const found = resolveAt(text, match, anchor);
    if (found === null) {
      scanner.lastIndex = match.index + 1;
      continue;
    }
    scanner.lastIndex = found.end;
    const span = { text: text.slice(found.start, found.end), start: found.start, end: found.end };
    if (found.outcome === 'unanchored') unanchored.push(span);
    else if (found.outcome === 'invalid') {
      diagnostics.push({ code: 'date/unresolved', severity: 'warning', message: `"${span.text}" looks like a date but no such day exists.`, span: { start: span.start, end: span.end } });
    } else if (found.outcome !== 'skip') expressions.push({ ...span, ...found.outcome });
  }
  const first = unanchored[0];
  if (first !== undefined && published === null) {
    diagnostics.push({
      code: 'article/no-date', severity: 'warning', span: { start: first.start, end: first.end },
      message: `${unanchored.length} relative time expression(s), the first "${first.text}", could not be resolved without a publication date.`,
    });
  }
  return { expressions, diagnostics };
}

interface ResolvedMatch {
  readonly start: number;
  readonly end: number;
  readonly outcome: Exclude<RuleOutcome, null>;
}

/** Resolves the scanner's match with the rule that matched, or else with the later rules that match at the same place. */
function resolveAt(text: string, match: RegExpExecArray, anchor: DayNumber | null): ResolvedMatch | null {
  const rules = COMPILED.rules;
  const first = rules.findIndex((entry) => match[entry.group] !== undefined);
  const prefix = match[1] ?? '';
  const tried = tryRule(text, rules[first], match.slice(rules[first]?.group ?? 0), prefix, match.index, anchor);
  if (tried !== null) return tried;
  // "He may resign": the month rule declines, and a later rule may still read something here.
  for (let i = first + 1; i < rules.length; i++) {
    const entry = rules[i];
    if (entry === undefined) continue;
    entry.sticky.lastIndex = match.index;
    const alone = entry.sticky.exec(text);
    if (alone === null) continue;
    const outcome = tryRule(text, entry, alone.slice(2), alone[1] ?? '', match.index, anchor);
    if (outcome !== null) return outcome;
  }
  return null;
}

/** "earlier in December" and "since March" are past, "later this month" future; otherwise the words before decide. */
function toTense(text: string, index: number, prefix: string): Tense {
  if (/^(?:[Ii]n\s+|[Oo]n\s+)?[Ee]arlier\b/.test(prefix) || wordBefore(text, index) === 'since') return 'past';
  if (/^(?:[Ii]n\s+|[Oo]n\s+)?[Ll]ater\b/.test(prefix)) return 'future';
  return isFutureContext(text, index) ? 'future' : 'unmarked';
}

function tryRule(
  text: string,
  entry: CompiledTimeRule | undefined,
  groups: readonly (string | undefined)[],
  prefix: string,
  index: number,
  anchor: DayNumber | null,
): ResolvedMatch | null {
  const whole = groups[0];
  if (entry === undefined || whole === undefined) return null;
  const start = index + prefix.length;
  const end = start + whole.length;
  let tense: Tense | undefined;
  const context: RuleContext = {
    text, start, end, prefix, published: anchor,
    tense: () => (tense ??= toTense(text, index, prefix)),
  };
  const outcome = entry.rule.resolve(groups.slice(0, entry.groupCount + 1), context);
  return outcome === null ? null : { start: index, end, outcome };
}
