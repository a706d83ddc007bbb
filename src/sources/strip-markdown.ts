/** A Markdown body as plain text, with its leading `# Heading` when it has one. */
export interface PlainMarkdown {
  readonly heading: string | null;
  readonly text: string;
}

/** Inline rewrites, in order: each row is a pattern and its replacement. */
const INLINE: readonly (readonly [RegExp, string])[] = [
  [/!\[[^\]]*\]\([^)]*\)/g, ''], // ![photo](a.jpg)
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // [the ministry](https://...)
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // [the ministry][1]
  [/<(https?:\/\/[^>\s]+)>/g, '$1'], // <https://example.org>
  [/<\/?[a-zA-Z][^>]*>/g, ''], // <br/>, <em>
  [/\*\*(\S(?:.*?\S)?)\*\*/g, '$1'], // **bold**
  [/__(\S(?:.*?\S)?)__/g, '$1'], // __bold__
  [/(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*(?![\w*])/g, '$1$2'], // *italic*
  [/(^|[^\w])_(\S(?:[^_\n]*?\S)?)_(?!\w)/g, '$1$2'], // _italic_ (not snake_case)
  [/`([^`\n]+)`/g, '$1'], // `code`
];

/** Line rewrites: block markers that are not part of the text. */
const LINE: readonly (readonly [RegExp, string])[] = [
  [/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1'], // ## Heading ##
  [/^\s{0,3}(?:>\s?)+/, ''], // > quoted
  [/^\s{0,3}(?:([-*_])\s*)(?:\1\s*){2,}$/, ''], // --- rule
  [/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, ''], // - item, 1. item
  [/^\s{0,3}(?:=+|-+)\s*$/, ''], // setext underline
  [/^\s{0,3}(?:```|~~~).*$/, ''], // code fence
  [/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/, ''], // [1]: https://...
];

/** Turns a Markdown body into plain text for analysis, taking a leading `# Heading` apart as a title candidate. */
export function stripMarkdown(markdown: string): PlainMarkdown {
  const lines = markdown.trim().split('\n');
  const headingMatch = /^#\s+(.*?)(?:\s+#+)?\s*$/.exec(lines[0] ?? '');
  const heading = headingMatch ? stripInline(headingMatch[1] ?? '').trim() || null : null;
  const rest = heading === null ? lines : lines.slice(1);
  const text = rest
    .map((line) => stripInline(LINE.reduce((s, [re, to]) => s.replace(re, to), line)).trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { heading, text };
}

function stripInline(line: string): string {
  return INLINE.reduce((s, [re, to]) => s.replace(re, to), line);
}
