import type { ErrorCode } from '../domain/index.js';

/** The exit status for each error code (sysexits-style); 0 is success, 1 a partial failure. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  'usage': 64,
  'input/unreadable': 66,
  'input/format': 65,
  'input/empty': 65,
  'input/date': 64,
  'data/invalid': 78,
  'data/missing': 78,
  'config/invalid': 78,
  'pipeline/invalid': 70,
  'store/unavailable': 69,
  'internal': 70,
};
