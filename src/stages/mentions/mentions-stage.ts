import { firstTokenFrom, toEntryId, toMentionId, type Mention, type Token } from '../../domain/index.js';
import type { WinkMethods } from 'wink-nlp';
import type { KnowledgeBase } from '../../dictionaries/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';
import { composeMentions, type DraftMention } from './compose-mentions.js';
import { findPieces } from './find-pieces.js';
import { findStrippedPossessives } from './find-stripped-possessives.js';
import { findProperNames } from './find-proper-names.js';
import { isDatelineCredit } from './is-dateline-credit.js';
import { createLexicalPos, type LexicalPos } from './lexical-pos.js';

const ANAPHOR = /\b(?:(?:his|her|their|the) country|the (?:militant |armed |rebel )?(?:group|militia|movement|organi[sz]ation)|the ministry|he|she|his|her)\b/gi;

/**
 * Finds candidate actor mentions: every knowledge-base alias (one multi-pattern matcher built
 * once), composed sectors and role phrases, unknown proper names and personal anaphors.
 */
export function createMentionsStage(kb: KnowledgeBase, nlp: WinkMethods): TypedStage<'mentions'> {
  const lexicalPos = createLexicalPos(nlp);
  return defineStage({
    name: 'mentions',
    version: '1',
    requires: ['tokens', 'sentences'],
    provides: ['mentions'],
    run(analysis) {
      const text = analysis.article.text;
      const tokens = analysis.tokens ?? [];
      const found = findPieces(kb, text);
      const stripped = findStrippedPossessives(kb, text, found);
      const pieces = stripped.length === 0 ? found : [...found, ...stripped].sort((a, b) => a.start - b.start);
      const drafts = composeMentions(kb, text, pieces);
      const taken = new Uint8Array(text.length + 1);
      // dictionary words left out of mentions ("Turkish airspace") are still no unknown names
      for (const d of [...drafts, ...pieces]) taken.fill(1, d.start, d.end);
      const covered = (s: number, e: number): boolean => {
        for (let k = s; k < e; k++) if (taken[k] === 1) return true;
        return false;
      };
      const genericAt = new Map<number, number>();
      drafts.forEach((d, n) => { if (d.kind === 'generic') genericAt.set(d.start, n); });
      for (const name of findProperNames(text, tokens, covered)) {
        // "Kurdish militants", "Baloch separatists": an unknown one-word name before a bare sector word names the group
        const word = text.slice(name.start, name.end);
        // not a common adjective capitalised in a headline ("Fierce government bombardment"), though a demonym ("Kurdish") is one
        const named = isGroupAdjective(word) && (DEMONYM.test(word) || lexicalPos(word) !== 'ADJ');
        const group = named && /^ \p{Ll}/u.test(text.slice(name.end, name.end + 2)) ? genericAt.get(name.end + 1) ?? -1 : -1;
        const generic = drafts[group];
        if (!generic && (isModifierOfThing(text, tokens, name.end, covered) || isCommonWord(tokens, name, lexicalPos) || namesAnAct(kb, text, name) || isUnknownPlace(text, name))) continue;
        if (generic) drafts[group] = { kind: 'name', start: name.start, end: generic.end, entries: [], ...(generic.sector ? { sector: generic.sector } : {}) };
        else drafts.push({ kind: 'name', start: name.start, end: name.end, entries: [] });
        taken.fill(1, name.start, name.end);
      }
      for (const m of text.matchAll(ANAPHOR)) {
        const start = m.index ?? 0;
        if (!covered(start, start + m[0].length)) drafts.push({ kind: 'pronoun', start, end: start + m[0].length, entries: [] });
      }
      for (const t of subjectPronouns(tokens)) if (!covered(t.start, t.end)) drafts.push({ kind: 'pronoun', start: t.start, end: t.end, entries: [] });
      for (const g of groupsByDeed(kb, tokens)) {
        if (covered(g.start, g.end)) continue;
        drafts.push(g);
        taken.fill(1, g.start, g.end);
      }
      drafts.sort((a, b) => a.start - b.start);
      const sentences = analysis.sentences ?? [];
      const told = drafts.filter((d) => {
        const sentence = sentences[tokens[tokenIndexAt(tokens, d.start)]?.sentence ?? -1];
        return !sentence || !isDatelineCredit(text, sentence.start, d.start, d.end);
      });
      return { mentions: toMentions(text, tokens, told).map((m) => shiftSector(kb, tokens, m)) };
    },
  });
}

/**
 * "Kurdish positions", "Circassian villages": an unknown one-word demonym qualifying a common noun that no
 * dictionary knows as a group, title or sector is an adjective of a thing, and names no actor.
 */
function isModifierOfThing(text: string, tokens: readonly Token[], end: number, covered: (s: number, e: number) => boolean): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const after = tokens[firstTokenFrom(tokens, end + 1)];
  const next = after?.start === end + 1 ? after : undefined;
  return !!next && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text) && !covered(next.start, next.end) && DEMONYM.test(text.slice(text.lastIndexOf(' ', end - 1) + 1, end));
}

/**
 * "Dozens of shells fell", "Witnesses said", "Fresh fighting threatens", "dampen Western enthusiasm":
 * one capitalised word that the model knows as a common word is no name when it opens a sentence or
 * a quote (the tagger takes any capitalised word there for a proper noun), nor when it is an adjective
 * before a lower-case word. Unknown words stay names ("Akrameh", "Qalamoun").
 */
function isCommonWord(tokens: readonly Token[], name: { readonly start: number; readonly end: number }, lexicalPos: LexicalPos): boolean {
  const k = tokenIndexAt(tokens, name.start);
  const t = tokens[k];
  if (!t || t.end !== name.end) return false;
  // where the word stands is checked before the lexicon, which reads the word with the model
  const prev = tokens[k - 1];
  const opens = !prev || prev.sentence !== t.sentence || /^["“‘'([:—–-]$/.test(prev.text);
  const next = tokens[k + 1];
  const beforeLower = !!next && next.start === t.end + 1 && next.pos !== 'PUNCT' && /^\p{Ll}/u.test(next.text);
  if (!opens && !beforeLower) return false;
  const pos = lexicalPos(t.text);
  if (pos === null || pos === 'PROPN') return false;
  return opens || pos === 'ADJ';
}

/**
 * "Five Civilians Killed in Terrorist Rocket Attacks", "Air strikes kill 12": a capitalised run
 * ending in an act noun (data/act-nouns.tsv) names what was done, not who did it.
 */
function namesAnAct(kb: KnowledgeBase, text: string, name: { readonly start: number; readonly end: number }): boolean {
  const words = text.slice(name.start, name.end).toLowerCase().split(' ');
  return kb.actNouns.has(words[words.length - 1] ?? '');
}

/** Words before a place: "shells hit al-Zahraa", "fighting in Akrameh", "near Latamneh". */
const BEFORE_PLACE = /\b(?:in|near|around|outside|into|towards?|across|across from|hit|shelled)\s+(?:the\s+)?(?:(?:al|el|ad|ar|as|ash)-)?$/i;
/** Nouns after a place: "the Zahra neighbourhood", "Qalamoun region", "Mallah Farms". */
const PLACE_NOUN = /^[\s-]+(?:neighbou?rhoods?|district|quarter|area|countryside|province|region|village|town|city|suburb|farms|road|street|square|camp|river|mountains?|valley|desert|plain|governorate)\b/i;

/**
 * "fighting in Akrameh", "the Zahra neighbourhood", "Qalamoun region": an unknown name written as a
 * place is no actor, though no gazetteer knows it.
 */
function isUnknownPlace(text: string, name: { readonly start: number; readonly end: number }): boolean {
  return BEFORE_PLACE.test(text.slice(Math.max(0, name.start - 16), name.start)) || PLACE_NOUN.test(text.slice(name.end, name.end + 16));
}

/** The index of the token starting at a character offset (tokens are in text order), or -1. */
function tokenIndexAt(tokens: readonly Token[], start: number): number {
  const k = firstTokenFrom(tokens, start);
  return tokens[k]?.start === start ? k : -1;
}

/** "Kurdish", "Circassian", "Sudanese": a capitalised word shaped as a demonym adjective, not a place ("Halane base"). */
const DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:ish|ian|ese)$/u;

/** One capitalised word, not an acronym ("Kurdish", "Baloch"; not "NAS" or "Donbass People"). */
function isGroupAdjective(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word);
}

/**
 * "it" and "they" as the subject of a verb ("Syria says it will withdraw", "they would boycott",
 * "it is willing to"), never as an expletive ("it is clear that", "it was a mistake").
 */
function subjectPronouns(tokens: readonly Token[]): Token[] {
  const found: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || (t.lower !== 'it' && t.lower !== 'they')) continue;
    let n = k + 1;
    const next = tokens[n];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    if (next.lemma !== 'be') { found.push(t); continue; }
    while (tokens[n + 1]?.pos === 'ADV' || tokens[n + 1]?.lower === 'not') n++;
    const after = tokens[n + 1];
    // "it is willing to", "they were arrested"; not "it is clear", "it was a mistake"
    if (after && ((after.pos === 'ADJ' && tokens[n + 2]?.lower === 'to') || (after.pos === 'VERB' && /(ed|en|wn|ing)$/.test(after.lower)))) found.push(t);
  }
  return found;
}

const SHIFT_WINDOW = 4;

/**
 * "night watchmen staged a demonstration", "Chinese tourists held a protest": a plural common noun
 * followed by a cue of a sector shift (data/sector-shifts.tsv) is a generic group of that sector,
 * even when the noun is no sector word.
 */
function groupsByDeed(kb: KnowledgeBase, tokens: readonly Token[]): DraftMention[] {
  const found: DraftMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.pos !== 'NOUN' || t.lemma === t.lower || !/(s|men)$/.test(t.lower)) continue;
    const end = Math.min(tokens.length, k + 1 + SHIFT_WINDOW);
    for (let n = k + 1; n < end; n++) {
      const u = tokens[n];
      if (!u || u.pos === 'PUNCT' || u.pos === 'ADP' || u.sentence !== t.sentence) break;
      // the cue is their verb ("watchmen protested") or the object of it ("tourists held a protest")
      const acts = u.pos === 'VERB' || tokens.slice(k + 1, n).some((v) => v.pos === 'VERB');
      const shift = acts ? kb.sectorShifts.find((x) => x.cues.has(u.lemma)) : undefined;
      if (!shift) continue;
      let first = k;
      while (first > 0 && ['ADJ', 'NOUN'].includes(tokens[first - 1]?.pos ?? '') && tokens[first - 1]?.sentence === t.sentence) first--;
      found.push({ kind: 'generic', start: tokens[first]?.start ?? t.start, end: t.end, entries: [], sector: shift.to });
      break;
    }
  }
  return found;
}

/** How far past a group's name its verb may come, over the phrases that qualify the group. */
const SUBJECT_REACH = 12;
/** Words that begin a clause of their own, whose verb is not the group's. */
const CLAUSE_START: ReadonlySet<string> = new Set(['who', 'which', 'that', 'where', 'when', 'while', 'after', 'before', 'as', 'because', 'since', 'said', 'says']);

/**
 * "migrant workers held a protest", "civilians in Bennsh in Idleb protested", "residents (Kamukunji,
 * Nairobi) demonstrated": a generic group named by what it does next (data/sector-shifts.tsv). The
 * cue is looked for past the phrases that qualify the group, up to its verb and a few words after it.
 */
function shiftSector(kb: KnowledgeBase, tokens: readonly Token[], m: Mention): Mention {
  if (!m.sector) return m;
  for (const shift of kb.sectorShifts) {
    if (shift.from !== m.sector) continue;
    let end = Math.min(tokens.length, m.tokenEnd + SUBJECT_REACH);
    for (let k = m.tokenEnd; k < end; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== tokens[m.tokenStart]?.sentence || CLAUSE_START.has(t.lower)) break;
      if (t.text === '(') {
        // "residents (Kamukunji, Nairobi) demonstrated": a bracketed aside is stepped over
        while (k < end && tokens[k]?.text !== ')') k++;
        continue;
      }
      if (t.pos === 'PUNCT') break;
      if (shift.cues.has(t.lemma) || shift.cues.has(t.lower)) {
        const suffix = `.${shift.from}`;
        const entries = m.entries.map((e) => (e.endsWith(suffix) ? toEntryId(`${e.slice(0, -suffix.length)}.${shift.to}`) : e));
        return { ...m, sector: shift.to, entries };
      }
      // the first verb is the group's: its cue is in it or in the words right after it ("held a protest")
      if (t.pos === 'VERB') end = Math.min(end, k + SHIFT_WINDOW);
    }
  }
  return m;
}

function toMentions(text: string, tokens: readonly Token[], drafts: readonly DraftMention[]): Mention[] {
  const mentions: Mention[] = [];
  let t = 0;
  for (const d of drafts) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= d.start) t++;
    let u = t;
    while (u < tokens.length && (tokens[u]?.start ?? Infinity) < d.end) u++;
    // Object.assign rather than a spread: as fast whatever the draft's shape, with the same keys in the same order
    mentions.push(Object.assign({}, d, {
      id: toMentionId(`m${mentions.length + 1}`),
      text: text.slice(d.start, d.end),
      tokenStart: t,
      tokenEnd: Math.max(u, t + 1),
      sentence: tokens[t]?.sentence ?? tokens[tokens.length - 1]?.sentence ?? 0,
    }));
  }
  return mentions;
}
