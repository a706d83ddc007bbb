import { PLOVER_TYPES, QUAD_CLASSES } from '../../domain/index.js';
import type { IncidentFilter } from '../../storage/event-filter.js';
import type { FilterOptionValues } from './add-filter-options.js';
import { dropUndefined, parseDateRange } from './parse-event-filter.js';
import { parseCountryOption, parseIntegerOption, parseListOption, parseTextOption } from './parse-option-values.js';

/** Validates the incident filter flags (see add-filter-options.ts) into a store filter. */
export function parseIncidentFilter(o: FilterOptionValues): IncidentFilter {
  return dropUndefined({
    actor: o.actor === undefined ? undefined : parseTextOption('--actor', o.actor),
    type: o.type === undefined ? undefined : parseListOption('--type', o.type, PLOVER_TYPES),
    quadClass: o.quad === undefined ? undefined : parseListOption('--quad', o.quad, QUAD_CLASSES),
    ...parseDateRange(o),
    country: o.country === undefined ? undefined : parseCountryOption('--country', o.country),
    minSources: o.minSources === undefined ? undefined : parseIntegerOption('--min-sources', o.minSources, 1),
    minReports: o.minReports === undefined ? undefined : parseIntegerOption('--min-reports', o.minReports, 1),
  });
}
