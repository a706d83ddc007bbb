import { initialCaseAlternatives } from './time-words.js';
import type { TimeRule } from './time-rule.js';

/**
 * Leading words kept in an expression's text so users see the whole phrase: "on Monday",
 * "in 2019", "earlier in December", "late Thursday night", "mid-November", "the end of 1998".
 */
const PREFIX =
  `((?:\\b(?:[Oo]n|[Ii]n)\\s+)?` +
  `(?:\\b(?:${initialCaseAlternatives(['earlier', 'later', 'early', 'late'])})\\s+(?:(?:in|on)\\s+)?` +
  `|\\b[Mm]id-\\s?` +
  `|\\b(?:${initialCaseAlternatives(['the end', 'the beginning', 'the start', 'the middle', 'end', 'beginning', 'start', 'middle'])})\\s+of\\s+)?)`;

/**
 * Every expression starts where no word character comes before it: its rule and the prefix begin
 * with `\b` or, for "the '90s", with an apostrophe after no word character. Saying so first lets
 * the scanner skip the positions inside words without trying each rule there (a third of its time).
 */
const WORD_START = '(?<!\\w)';

/** A rule with where its groups sit in the scanner and a sticky regex to try it alone at one position. */
export interface CompiledTimeRule {
  readonly rule: TimeRule;
  /** Index of the rule's outer group in the scanner's match. */
  readonly group: number;
  /** How many groups the rule's own pattern has. */
  readonly groupCount: number;
  /** `(prefix)(rule)`, sticky: group 1 is the prefix, group 2 the rule's whole match. */
  readonly sticky: RegExp;
}

/** The rules compiled once at load time into one scanner regex, so a text is scanned in one pass. */
export interface CompiledTimeRules {
  /** `(prefix)(?:(rule1)|(rule2)|...)`, global: group 1 is the prefix. */
  readonly scanner: RegExp;
  readonly rules: readonly CompiledTimeRule[];
}

/** Compiles rules into one scanner (tried in order at each position) plus one sticky regex per rule. */
export function compileTimeRules(rules: readonly TimeRule[]): CompiledTimeRules {
  let group = 2;
  const compiled = rules.map((rule): CompiledTimeRule => {
    const groupCount = countGroups(rule.pattern);
    const entry = { rule, group, groupCount, sticky: new RegExp(`${PREFIX}(${rule.pattern})`, 'y') };
    group += groupCount + 1;
    return entry;
  });
  const scanner = new RegExp(`${WORD_START}${PREFIX}(?:${rules.map((rule) => `(${rule.pattern})`).join('|')})`, 'g');
  return { scanner, rules: compiled };
}

function countGroups(pattern: string): number {
  return (new RegExp(`(?:${pattern})|`).exec('')?.length ?? 1) - 1;
}
