/** A plain-text article split into its title line (if it has one) and its body. */
export interface TitledText {
  readonly title: string | null;
  readonly body: string;
}

/** Titles are short lines; a first line this long is a paragraph. */
const MAX_TITLE_CHARS = 200;

/**
 * Splits a plain text into title and body: the first line is the title when it is shorter than
 * 200 characters, does not end with a period and is followed by a blank line and more text.
 */
export function splitTitle(text: string): TitledText {
  const trimmed = text.trim();
  // "Turkey rejects offer\n\nANKARA - Turkey on Monday..." -> title + body.
  const m = /^([^\n]*)\n[ \t]*\n/.exec(trimmed);
  if (!m) return { title: null, body: trimmed };
  const first = (m[1] ?? '').trim();
  const body = trimmed.slice(m[0].length).trim();
  const isTitle = first !== '' && first.length < MAX_TITLE_CHARS && !first.endsWith('.') && body !== '';
  return isTitle ? { title: first, body } : { title: null, body: trimmed };
}
