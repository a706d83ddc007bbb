import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { PLOVER_TYPES, isModality, isPloverType } from '../domain/index.js';
import { parseTsv, rowError } from './parse-tsv.js';
import { readDataFiles } from './read-data-files.js';
import { parsePattern, type EventLexicon, type EventRule, type ModalityCue } from './event-lexicon.js';

/**
 * Loads the event lexicon from `events/*.tsv` of each data folder: one file per PLOVER type
 * (named after it) plus `modality.tsv`. Problems are reported as `file:line`.
 */
export function loadEventLexicon(dataDir: string, userDirs: readonly string[] = []): EventLexicon {
  const files = readDataFiles([dataDir, ...userDirs], 'events');
  const rules: EventRule[] = [];
  const cues: ModalityCue[] = [];
  for (const file of files) {
    const stem = basename(file.name, '.tsv');
    if (stem === 'modality') {
      for (const row of parseTsv(file.text, file.name, ['cue', 'modality'])) {
        const modality = row.cells['modality'] ?? '';
        if (!isModality(modality)) throw rowError(row, `modality "${modality}" is not one of the modalities`);
        cues.push({ id: `${file.name}:${row.line}`, elements: parsePattern(row.cells['cue'] ?? ''), modality });
      }
      continue;
    }
    const type = stem.toUpperCase();
    if (!isPloverType(type)) throw rowError({ file: file.name, line: 1, cells: {} }, `file name must be a PLOVER type (${PLOVER_TYPES.join(', ').toLowerCase()}) or modality`);
    for (const row of parseTsv(file.text, file.name, ['pattern', 'cameo', 'mode', 'governs'])) {
      const c = row.cells;
      const cameo = c['cameo'] ?? '';
      if (!/^\d{2,4}$/.test(cameo)) throw rowError(row, `CAMEO code "${cameo}" must be 2 to 4 digits`);
      const elements = parsePattern(c['pattern'] ?? '');
      if (elements.length === 0 || elements.some((e) => e.word === '')) throw rowError(row, `pattern "${c['pattern']}" is empty or has an empty element`);
      const governs = c['governs'] ?? '';
      if (governs && !GOVERNS.includes(governs)) throw rowError(row, `governs must be ${GOVERNS.map((g) => `"${g}"`).join(', ')} or empty, not "${governs}"`);
      rules.push({
        id: `${file.name}:${row.line}`, pattern: c['pattern'] ?? '', elements, type, cameo, mode: c['mode'] || null,
        governs: governs !== '', speakerActs: governs === 'speaker', topic: governs === 'topic',
      });
    }
  }
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(f.text);
  return Object.freeze({
    rules, cues,
    rulesByFirst: indexByFirst(rules),
    cuesByFirst: indexByFirst(cues),
    hash: hash.digest('hex').slice(0, 16),
  });
}

/** The values of the `governs` column. */
const GOVERNS: readonly string[] = ['yes', 'speaker', 'topic'];

function indexByFirst<T extends { readonly elements: readonly { readonly word: string }[] }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = item.elements[0]?.word ?? '';
    const list = map.get(first);
    if (list) list.push(item); else map.set(first, [item]);
  }
  // longer patterns first, so that "air strike" wins over "strike"
  for (const list of map.values()) list.sort((a, b) => b.elements.length - a.elements.length);
  return map;
}
