import type { ArticleRecord } from './article-record.js';
import { decodeText } from './decode-text.js';
import { looksBinary } from './looks-binary.js';
import { parseArticleRecord } from './parse-article-record.js';
import type { LinePiece } from './split-lines.js';

/**
 * Turns one line (or JSON array element) of a batch into an article record, or an error record
 * (`input/bad-line`, `article/binary`, `article/empty`...); blank lines give null.
 */
export function parseArticleLine(piece: LinePiece): ArticleRecord | null {
  const { line, bytes } = piece;
  if (bytes === null) return { line, error: { code: 'input/bad-line', message: `line ${line} is too long to be one article; it was skipped` } };
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') return null;
  if (looksBinary(decoded.text)) {
    return { line, error: { code: 'article/binary', message: `line ${line} looks binary (NUL bytes or many control characters), not a JSON record` } };
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { line, error: { code: 'input/bad-line', message: `line ${line} is not valid JSON (${reason}); expected one JSON object per line` } };
  }
  const result = parseArticleRecord(value);
  if ('error' in result) return { line, error: { code: result.error.code, message: `line ${line}: ${result.error.message}` } };
  return { line, article: result.article, diagnostics: [...decoded.diagnostics, ...result.diagnostics] };
}
