import { MIGRATION_001 } from './001-initial.js';

/** The schema migrations in order: migration n brings a store to schema version n. Never edit a released one; add the next. */
export const MIGRATIONS: readonly string[] = [MIGRATION_001];
