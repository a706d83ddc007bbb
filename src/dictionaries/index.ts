/** Load, validate and index data/ into read-only lookups. May import only the domain. */
export * from './alias-matcher.js';
export * from './fold-text.js';
export * from './knowledge-base.js';
export * from './load-knowledge-base.js';
export * from './parse-tsv.js';
export * from './event-lexicon.js';
export * from './load-event-lexicon.js';
