/** The event store: its interface, query and result types, and the SQLite implementation. */
export * from './event-store.js';
export * from './event-filter.js';
export * from './save-outcome.js';
export * from './store-stats.js';
export * from './actor-profile.js';
export * from './dyad-period.js';
export * from './to-actor-key.js';
export * from './min-hash-signature.js';
export * from './prepare-extraction.js';
export * from './is-incident-match.js';
export * from './sqlite/sqlite-event-store.js';
