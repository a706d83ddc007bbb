import type { Page } from '../../storage/event-filter.js';
import { parseIntegerOption } from './parse-option-values.js';

/** The raw `--limit` and `--offset` values. */
export interface PageOptionValues {
  readonly limit?: string;
  readonly offset?: string;
}

/** Most results one page may hold (the store's own maximum). */
export const MAX_PAGE = 10_000;

/** `--limit` (1 to 10 000, default 100) and `--offset` (default 0) as a store page. */
export function parsePageOptions(o: PageOptionValues): Required<Page> {
  return {
    limit: o.limit === undefined ? 100 : parseIntegerOption('--limit', o.limit, 1, MAX_PAGE),
    offset: o.offset === undefined ? 0 : parseIntegerOption('--offset', o.offset, 0),
  };
}
