import { z } from 'zod';
import { toArticleId, type Article, type Diagnostic } from '../domain/index.js';
import type { RecordResult } from './article-record.js';
import { createArticleId } from './create-article-id.js';
import { limitText } from './limit-text.js';
import { resolveDate } from './resolve-date.js';

/** A record is a plain object; which keys it has is checked field by field below. */
const recordSchema = z.record(z.string(), z.unknown());
const textSchema = z.string();
/** Optional fields tolerate numbers and null: `{"id": 42, "url": null}`. */
const fieldSchema = z.union([z.string(), z.number(), z.null(), z.undefined()]);
/** `{"source": {"id": "bbc", "name": "BBC News"}}`, as news APIs send it. */
const namedSchema = z.object({ name: z.string() });

/**
 * Validates one untrusted input record `{id?, title?, text|body|content, date?|published?,
 * source?|outlet?, url?}` into an article: the text must be a non-empty string, a bad date becomes
 * null with `article/bad-date`, a wrongly typed optional field is ignored with `input/bad-field`,
 * and the id is the record's, else `fallbackId`, else a hash of the text.
 */
export function parseArticleRecord(value: unknown, fallbackId?: string): RecordResult {
  const record = recordSchema.safeParse(value);
  if (!record.success) {
    return { error: { code: 'input/bad-line', message: `expected a JSON object with a "text" field, found ${describe(value)}` } };
  }
  const fields = record.data;
  const textKey = ['text', 'body', 'content'].find((k) => fields[k] !== undefined && fields[k] !== null);
  const text = textSchema.safeParse(textKey === undefined ? undefined : fields[textKey]);
  if (!text.success) {
    const found = textKey === undefined ? `keys ${Object.keys(fields).join(', ') || '(none)'}` : `${textKey} as ${describe(fields[textKey])}`;
    return { error: { code: 'input/bad-line', message: `expected the article text as a string in "text", "body" or "content"; found ${found}` } };
  }
  if (text.data.trim() === '') return { error: { code: 'article/empty', message: `the "${textKey}" field is empty` } };

  const diagnostics: Diagnostic[] = [];
  const field = (...keys: string[]): string | null => readField(fields, keys, diagnostics);
  const limited = limitText(text.data);
  diagnostics.push(...limited.diagnostics);
  const id = field('id') ?? fallbackId ?? createArticleId(limited.text);
  const article: Article = {
    id: toArticleId(id),
    title: collapse(field('title')),
    text: limited.text,
    published: readDate(field('date', 'published'), diagnostics),
    outlet: collapse(readOutlet(fields, diagnostics)),
    url: field('url'),
  };
  return { article, diagnostics };
}

/** The first present key's value as a trimmed string, or null; a wrongly typed value adds `input/bad-field`. */
function readField(fields: Record<string, unknown>, keys: string[], diagnostics: Diagnostic[]): string | null {
  for (const key of keys) {
    const parsed = fieldSchema.safeParse(fields[key]);
    if (!parsed.success) {
      diagnostics.push({ code: 'input/bad-field', severity: 'warning', message: `field "${key}" should be a string, found ${describe(fields[key])}; it was ignored` });
      continue;
    }
    if (parsed.data === null || parsed.data === undefined) continue;
    const text = String(parsed.data).trim();
    if (text !== '') return text;
  }
  return null;
}

function readOutlet(fields: Record<string, unknown>, diagnostics: Diagnostic[]): string | null {
  for (const key of ['source', 'outlet']) {
    const named = namedSchema.safeParse(fields[key]);
    if (named.success && named.data.name.trim() !== '') return named.data.name.trim();
  }
  return readField(fields, ['source', 'outlet'], diagnostics);
}

function readDate(value: string | null, diagnostics: Diagnostic[]): string | null {
  if (value === null) return null;
  const date = resolveDate(value);
  if (date === null) {
    diagnostics.push({ code: 'article/bad-date', severity: 'warning', message: `the date "${value}" is not YYYY-MM-DD, an ISO timestamp or an RFC 822 date; it was ignored` });
  }
  return date;
}

/** "Turkey\n  rejects offer" -> "Turkey rejects offer". */
function collapse(value: string | null): string | null {
  return value === null ? null : value.replace(/\s+/g, ' ');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
