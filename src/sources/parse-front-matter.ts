import { parse } from 'yaml';
import type { Diagnostic } from '../domain/index.js';

/** A Markdown document split into its YAML front matter fields and its body. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly body: string;
  readonly diagnostics: Diagnostic[];
}

/** `---\ntitle: X\n---\nBody` (the closing fence may also be `...`). */
const FENCE = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Splits a Markdown text into front matter and body; front matter that is not a YAML mapping
 * is ignored with an `input/bad-field` warning, and a text without it is all body.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const m = FENCE.exec(text);
  if (!m) return { fields: {}, body: text, diagnostics: [] };
  const body = text.slice(m[0].length);
  try {
    const value: unknown = parse(m[1] ?? '');
    if (value === null || value === undefined) return { fields: {}, body, diagnostics: [] };
    if (typeof value === 'object' && !Array.isArray(value)) return { fields: value as Record<string, unknown>, body, diagnostics: [] };
    return { fields: {}, body, diagnostics: [badFrontMatter('it is not a mapping of field: value lines')] };
  } catch (error) {
    return { fields: {}, body, diagnostics: [badFrontMatter(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error))] };
  }
}

function badFrontMatter(reason: string): Diagnostic {
  return { code: 'input/bad-field', severity: 'warning', message: `the front matter was ignored: ${reason}; expected YAML such as "title: ..." and "date: YYYY-MM-DD"` };
}
