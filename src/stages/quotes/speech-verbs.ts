import type { Token } from '../../domain/index.js';

/** Lemmas of the verbs that introduce a direct quotation ("said", "told reporters", "tweeted"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'declare', 'warn', 'insist', 'note', 'stress', 'write', 'tweet',
  'announce', 'claim', 'argue', 'explain', 'ask', 'reply', 'respond', 'urge', 'vow', 'continue', 'conclude',
  // less common, seen in news text
  'recall', 'admit', 'acknowledge', 'remark', 'observe', 'quip', 'shout', 'yell', 'post', 'testify', 'complain',
  'report', 'promise', 'pledge', 'comment', 'recount', 'caution', 'predict', 'demand', 'emphasize', 'emphasise',
  'exclaim', 'interject', 'concede', 'allege', 'assert', 'boast', 'joke', 'describe',
]);

// "the state", "a note", "his tweet": the same lemmas used as nouns are not cues
const NOT_VERB: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'PUNCT']);

/** Whether a token is a speech verb by its lemma and part of speech. */
export function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && SPEECH_VERBS.has(token.lemma) && !NOT_VERB.has(token.pos);
}

/** Whether the tokens at `k` read "according to". */
export function isAccordingTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to';
}
