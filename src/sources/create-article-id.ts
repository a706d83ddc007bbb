import { createHash } from 'node:crypto';
import { toArticleId, type ArticleId } from '../domain/index.js';

/** Makes the id of an article that has none: the first 16 hex digits of the SHA-1 of its text, so re-runs agree. */
export function createArticleId(text: string): ArticleId {
  return toArticleId(createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 16));
}
