import { toArticleId, toEntryId, toMentionId, type Analysis, type Mention, type MentionKind, type Sentence, type Token } from '../../domain/index.js';

/** A mention to put on a test sentence: its words, kind and entries ("Syria", 'name', ['SYR']). */
export interface MentionSpec {
  readonly text: string;
  readonly kind: MentionKind;
  readonly entries: readonly string[];
}

const ADPOSITIONS = new Set(['in', 'at', 'near', 'of', 'to', 'from', 'into', 'on', 'over', 'across', 'outside', 'towards', 'according', 'with']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const CONJUNCTIONS = new Set(['and', 'or', 'but']);

/**
 * Builds the input of the places stage by hand for tests, as the annotate and mentions stages would:
 * one sentence, tokens split at hyphens and punctuation, capitalised words tagged PROPN (the first
 * one too, unless `nounFirst`), and the given mentions placed at their first occurrence.
 */
export function buildAnalysis(text: string, mentions: readonly MentionSpec[] = [], nounFirst = false): Analysis {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const pos = /^\p{P}$/u.test(word) ? 'PUNCT' : ADPOSITIONS.has(lower) ? 'ADP' : DETERMINERS.has(lower) ? 'DET'
      : CONJUNCTIONS.has(lower) ? 'CCONJ' : /^\p{Lu}/u.test(word) && !(nounFirst && tokens.length === 0) ? 'PROPN' : 'NOUN';
    tokens.push({ text: word, lower, lemma: lower, pos, start: m.index, end: m.index + word.length, sentence: 0 });
  }
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length }];
  const built: Mention[] = mentions.map((spec, i) => {
    const start = text.indexOf(spec.text);
    if (start < 0) throw new RangeError(`mention "${spec.text}" is not in "${text}"`);
    const end = start + spec.text.length;
    return {
      id: toMentionId(`m${i + 1}`), kind: spec.kind, start, end, text: spec.text, sentence: 0, entries: spec.entries.map(toEntryId),
      tokenStart: tokens.findIndex((t) => t.start >= start), tokenEnd: tokens.findIndex((t) => t.start >= end) < 0 ? tokens.length : tokens.findIndex((t) => t.start >= end),
    };
  });
  return {
    article: { id: toArticleId('test'), title: null, text, published: null, outlet: null, url: null },
    diagnostics: [], tokens, sentences, mentions: built,
  };
}
