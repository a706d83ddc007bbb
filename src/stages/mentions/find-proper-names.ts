import type { Token } from '../../domain/index.js';

/** A capitalised name the dictionaries do not know, as a character span. */
export interface ProperName {
  readonly start: number;
  readonly end: number;
}

// calendar words, with the weekday abbreviations and time zones of datelines ("Tue 3 Jan 2023", "(1615 GMT)"), and honorifics: never names
const CALENDAR = /^(Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|GMT|UTC|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Ramadan|Eid|Easter|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|Sheikh|God|Allah)\.?$/;

/**
 * Finds runs of proper nouns ("Bat Galim Square", "Mirwais Rabee", "Ras al-Ain") that no
 * dictionary match covers, so that nothing named in the text is lost.
 */
export function findProperNames(text: string, tokens: readonly Token[], covered: (start: number, end: number) => boolean): ProperName[] {
  const out: ProperName[] = [];
  // words the article also writes in lower case are common words, capitalised at a sentence start
  // or in a headline ("Airstrikes hit...", "International aid..."), not names
  const lower = new Set<string>();
  for (const t of tokens) if (startsLowerCase(t.text)) lower.add(t.lower);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isNameToken(t)) { i++; continue; }
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      const prev = tokens[j - 1];
      if (!next || !prev || next.sentence !== t.sentence) break;
      const glued = next.start === prev.end;
      if (isNameToken(next) && (next.start - prev.end <= 1)) { j++; continue; }
      // "al-Ain", "Mazar-i-Sharif": hyphen glued on both sides, and particles inside names
      const after = tokens[j + 1];
      if (glued && next.text === '-' && after && after.start === next.end && /^\p{L}/u.test(after.text)) { j += 2; continue; }
      if (/^(al|el|ar|as|ad|bin|ibn|abu|de|da|van|von|of)$/i.test(next.text) && after && isNameToken(after) && after.sentence === t.sentence) { j += 2; continue; }
      break;
    }
    const last = tokens[j - 1];
    if (last && !(j === i + 1 && lower.has(t.lower))) {
      const start = t.start;
      // "Syria’s": the possessive is no part of the name
      const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
      if (end > start && !covered(start, end) && !CALENDAR.test(text.slice(start, end))) out.push({ start, end });
    }
    i = j;
  }
  return out;
}

function isNameToken(t: Token): boolean {
  return t.pos === 'PROPN' && startsUpperCase(t.text) && !CALENDAR.test(t.text);
}

// ASCII first, as nearly every token is; the Unicode property test for the rest
function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(text);
}

function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(text);
}
