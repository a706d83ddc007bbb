/** The domain: types and pure functions shared by every layer of sitrep. Imports nothing else from sitrep. */
export * from './article.js';
export * from './diagnostic.js';
export * from './diagnostic-codes.js';
export * from './ids.js';
export * from './layers.js';
export * from './vocabulary.js';
export * from './errors.js';
export * from './document.js';
export * from './records.js';
export * from './bounded-map.js';
export * from './first-token-from.js';
