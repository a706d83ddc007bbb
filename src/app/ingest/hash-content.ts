import { createHash } from 'node:crypto';

/**
 * The content hash that names a text in the store: SHA-256 of the text with white space collapsed
 * and trimmed, so the same story saved with other line breaks is the same article.
 */
export function hashContent(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
