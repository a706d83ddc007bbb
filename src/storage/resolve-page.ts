import type { Page } from './event-filter.js';

/** Default and maximum page sizes. */
export const PAGE_LIMITS = { default: 100, max: 10_000 } as const;

/** A page with defaults filled in and bounds applied (negative or fractional values rounded into range). */
export function resolvePage(page: Page | undefined): { readonly limit: number; readonly offset: number } {
  const limit = Math.min(PAGE_LIMITS.max, Math.max(0, Math.floor(page?.limit ?? PAGE_LIMITS.default)));
  return { limit, offset: Math.max(0, Math.floor(page?.offset ?? 0)) };
}
