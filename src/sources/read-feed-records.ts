import { InputError, type Diagnostic } from '../domain/index.js';
import type { ArticleRecord } from './article-record.js';
import { decodeText } from './decode-text.js';
import { InputFileError } from './input-file-error.js';
import { inputName, resolveInputFormat, type InputFormat } from './input-format.js';
import { loadInputBytes } from './load-input-bytes.js';
import { looksBinary } from './looks-binary.js';
import type { ByteSource } from './open-input-stream.js';
import { parseArticleRecord } from './parse-article-record.js';
import { parseFeed, type FeedItem } from './parse-feed.js';

/** Formats read as feeds; `.xml` is a feed when its root element is one. */
const FEED_FORMATS: readonly InputFormat[] = ['rss', 'atom', 'xml'];

/** Options for reading a feed. */
export interface ReadFeedRecordsOptions {
  /** `rss`, `atom` or `xml`, overriding the extension (standard input defaults to `xml`). */
  readonly format?: string;
  /** What `-` reads instead of process.stdin (for tests and embedding). */
  readonly stdin?: ByteSource;
}

/**
 * Reads the articles of an RSS or Atom feed (`.rss`, `.atom`, or `.xml` whose root is a feed),
 * one record per item, each on the line its item starts on; the feed's title is every article's
 * outlet and the item's guid/id (else its link) its id. An item without text is an
 * `article/empty` error record. The feed is read whole (up to 64 MB). Throws `InputError` for an
 * input that cannot be read, is empty, binary, too large, or not a feed.
 */
export async function* readFeedRecords(path: string, options: ReadFeedRecordsOptions = {}): AsyncGenerator<ArticleRecord> {
  const name = inputName(path);
  const format = resolveInputFormat(path, options.format, 'xml');
  if (!FEED_FORMATS.includes(format)) throw new InputError('input/format', `${name} is ${format}, not an RSS or Atom feed`);
  const decoded = decodeText(await loadInputBytes(path, options.stdin));
  if (decoded.text.trim() === '') throw new InputFileError('empty', `${name} is empty`);
  if (looksBinary(decoded.text)) throw new InputFileError('binary', `${name} looks binary (NUL bytes or many control characters), not an XML feed`);
  const feed = parseFeed(decoded.text);
  if ('notAFeed' in feed) throw new InputFileError('malformed', `${name} is not an RSS or Atom feed: ${feed.notAFeed}; expected a root element <rss>, <feed> or <rdf:RDF>`);
  for (const item of feed.items) yield parseFeedItem(item, feed.title, decoded.diagnostics);
}

/** Validates one feed item into an article record, carrying the feed's encoding warning if any. */
function parseFeedItem(item: FeedItem, outlet: string | null, encoding: readonly Diagnostic[]): ArticleRecord {
  const { line } = item;
  if (item.text === '') {
    const which = item.title === null ? '' : ` ("${item.title}")`;
    return { line, error: { code: 'article/empty', message: `the item on line ${line}${which} has no text: no content, description or summary` } };
  }
  const result = parseArticleRecord({ id: item.id ?? item.link, title: item.title, text: item.text, date: item.date, outlet, url: item.link });
  if ('error' in result) return { line, error: { code: result.error.code, message: `line ${line}: ${result.error.message}` } };
  return { line, article: result.article, diagnostics: [...encoding, ...result.diagnostics] };
}
