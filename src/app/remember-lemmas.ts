import type { Model } from 'wink-nlp';
import { BoundedMap } from '../domain/index.js';

/** The model's lemmatiser: a word's normal form and part of speech to its lemma. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** How many words the lemmatiser remembers per part of speech; it forgets them all when full, so memory stays bounded on any feed. */
const REMEMBERED_WORDS = 50_000;

/**
 * The model with a lemmatiser that remembers what it worked out. wink asks it only for the words
 * its lexicon gives no single lemma ("attacked", "talks"), and its answer depends on the word and
 * part of speech alone (its suffix rules check candidates against the model's fixed vocabulary),
 * so a remembered lemma is the lemma. The same words recur article after article: a fifth of the
 * cost of reading the lemmas of a document.
 */
export function rememberLemmas(model: Model): Model {
  const lemmatize = model.addons.lemmatize as Lemmatize | undefined;
  if (lemmatize === undefined) return model;
  // the model changes only nouns, verbs and adjectives: the other words go straight through
  const nouns = new BoundedMap<string, string>(REMEMBERED_WORDS);
  const verbs = new BoundedMap<string, string>(REMEMBERED_WORDS);
  const adjectives = new BoundedMap<string, string>(REMEMBERED_WORDS);
  const remembering: Lemmatize = (value, pos, cache) => {
    const byValue = pos === 'NOUN' ? nouns : pos === 'VERB' ? verbs : pos === 'ADJ' ? adjectives : null;
    if (byValue === null) return lemmatize(value, pos, cache);
    let lemma = byValue.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      byValue.set(value, lemma);
    }
    return lemma;
  };
  return { ...model, addons: { ...model.addons, lemmatize: remembering } };
}
