import type { Diagnostic } from '../domain/index.js';
import { extractHtmlText } from './extract-html-text.js';
import { InputFileError } from './input-file-error.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { parseHtml } from './parse-html.js';
import { readHtmlMetadata } from './read-html-metadata.js';
import { splitTitle } from './split-title.js';
import { stripMarkdown } from './strip-markdown.js';

/** The fields a single-article file holds, still unvalidated, in the shape `parseArticleRecord` takes. */
export interface RawRecord {
  readonly record: unknown;
  readonly diagnostics: Diagnostic[];
}

/** Formats of files that hold one article (a `.json` file may hold one object). */
export type SingleFormat = 'txt' | 'md' | 'html' | 'json';

/** How each single-article format becomes a raw record; `name` is the input's name for messages. */
const READERS: Readonly<Record<SingleFormat, (text: string, name: string) => RawRecord>> = {
  txt: (text) => {
    const { title, body } = splitTitle(text);
    return { record: { title, text: body }, diagnostics: [] };
  },
  md: (markdown) => {
    const { fields, body, diagnostics } = parseFrontMatter(markdown);
    const { heading, text: plain } = stripMarkdown(body);
    // A "# Heading" is the title when the front matter has none; a different heading stays in the text.
    const hasTitle = fields.title !== undefined && fields.title !== null;
    const keepHeading = hasTitle && heading !== null && heading !== String(fields.title).trim();
    const text = keepHeading ? `${heading}\n\n${plain}` : plain;
    return { record: { ...fields, title: hasTitle ? fields.title : heading, text, body: undefined, content: undefined }, diagnostics };
  },
  html: (text) => {
    const root = parseHtml(text);
    const meta = readHtmlMetadata(root);
    return { record: { ...meta, text: extractHtmlText(root) }, diagnostics: [] };
  },
  json: (text, name) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputFileError('malformed', `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); expected an object with a "text" field`, { cause: error });
    }
    if (!Array.isArray(value)) return { record: value, diagnostics: [] };
    if (value.length === 1) return { record: value[0], diagnostics: [] };
    throw new InputFileError('malformed', `${name} holds ${value.length} articles, not one; read it as a batch (like a .jsonl file)`);
  },
};

/** Reads the text of a single-article file in the given format into a raw record. */
export function toRawRecord(format: SingleFormat, text: string, name: string): RawRecord {
  return READERS[format](text, name);
}
