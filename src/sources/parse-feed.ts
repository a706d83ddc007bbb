import { htmlToText } from './html-to-text.js';
import { parseHtml, parseXml, textOf, walkElements, type HtmlElement } from './parse-html.js';

/** One item (RSS) or entry (Atom) of a feed: its text already plain, its other fields as written. */
export interface FeedItem {
  /** The line its start tag is on. */
  readonly line: number;
  readonly title: string | null;
  readonly text: string;
  readonly link: string | null;
  readonly date: string | null;
  /** The item's own id: RSS `guid`, Atom `id`. */
  readonly id: string | null;
}

/** An RSS (2.0 or 1.0/RDF) or Atom feed: its title (the outlet) and its items in document order. */
export interface Feed {
  readonly kind: 'rss' | 'atom';
  readonly title: string | null;
  readonly items: FeedItem[];
}

/**
 * Parses an RSS or Atom document forgivingly (a cut file gives the items before the cut). An
 * item's text is `content:encoded`, else `description` (RSS), or `content`, else `summary`
 * (Atom), HTML turned into plain text; its date is `pubDate`/`dc:date` (RSS) or
 * `published`/`updated` (Atom). A document whose root is not `<rss>`, `<rdf:RDF>` or `<feed>`
 * gives `notAFeed`, saying what it is instead.
 */
export function parseFeed(xml: string): Feed | { readonly notAFeed: string } {
  const root = parseXml(xml).children.find((c): c is HtmlElement => typeof c !== 'string');
  if (root === undefined) return { notAFeed: 'it holds no XML element' };
  const atom = root.tag === 'feed';
  if (!atom && root.tag !== 'rss' && root.tag !== 'rdf:rdf') return { notAFeed: `its root element is <${root.tag}>` };
  const channel = atom ? root : (child(root, 'channel') ?? root);
  const lineAt = createLineCounter(xml);
  const items = [...walkElements(root)]
    .filter((el) => el.tag === (atom ? 'entry' : 'item'))
    .map((el) => ({ line: lineAt(el.start), ...(atom ? readEntry(el) : readItem(el)) }));
  return { kind: atom ? 'atom' : 'rss', title: toPlainTitle(child(channel, 'title')), items };
}

type ItemFields = Omit<FeedItem, 'line'>;

function readItem(item: HtmlElement): ItemFields {
  const guid = child(item, 'guid');
  const guidText = guid === undefined ? null : clean(textOf(guid));
  // <guid isPermaLink="true">https://...</guid> is the link when there is no <link>.
  const permalink = guid?.attrs.ispermalink !== 'false' && guidText !== null && /^https?:\/\//i.test(guidText) ? guidText : null;
  const body = ['content:encoded', 'description', 'content'].map((tag) => child(item, tag)).map((el) => (el === undefined ? '' : htmlText(textOf(el))));
  return {
    title: toPlainTitle(child(item, 'title')),
    text: body.find((text) => text !== '') ?? '',
    link: clean(textOf(child(item, 'link') ?? '')) ?? permalink,
    date: firstText(item, ['pubdate', 'dc:date', 'published', 'updated']),
    id: guidText,
  };
}

function readEntry(entry: HtmlElement): ItemFields {
  const links = entry.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'link');
  const link = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  const body = ['content', 'summary'].map((tag) => child(entry, tag)).map((el) => (el === undefined ? '' : typedText(el)));
  return {
    title: toPlainTitle(child(entry, 'title')),
    text: body.find((text) => text !== '') ?? '',
    link: clean(link?.attrs.href ?? ''),
    date: firstText(entry, ['published', 'updated', 'issued', 'modified']),
    id: firstText(entry, ['id']),
  };
}

/** An Atom text construct: `type="xhtml"` holds elements, `type="html"` escaped HTML, `type="text"` (the default) plain text. */
function typedText(el: HtmlElement): string {
  const type = (el.attrs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') return contentText({ ...el, tag: '#root' });
  if (type.includes('html')) return htmlText(textOf(el));
  return textOf(el).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "<p>Talks &amp; more</p>" (already unescaped once by the XML parser) -> "Talks & more". */
function htmlText(html: string): string {
  return html.trim() === '' ? '' : contentText(parseHtml(html));
}

/** The text of an item's HTML, leaving out share and related blocks unless that leaves nothing. */
function contentText(root: HtmlElement): string {
  return htmlToText(root, true) || htmlToText(root, false);
}

/** A title as one line of plain text: `Talks &amp;amp; more` and `<b>Talks</b>` both come out as words. */
function toPlainTitle(el: HtmlElement | undefined): string | null {
  if (el === undefined) return null;
  const text = textOf(el);
  return clean(/[<&]/.test(text) ? textOf(parseHtml(text)) : text);
}

function child(el: HtmlElement, tag: string): HtmlElement | undefined {
  return el.children.find((c): c is HtmlElement => typeof c !== 'string' && c.tag === tag);
}

function firstText(el: HtmlElement, tags: readonly string[]): string | null {
  for (const tag of tags) {
    const found = child(el, tag);
    const text = found === undefined ? null : clean(textOf(found));
    if (text !== null) return text;
  }
  return null;
}

function clean(text: string): string | null {
  return text.replace(/\s+/g, ' ').trim() || null;
}

/** Line numbers of offsets asked for in increasing order, counting newlines only once. */
function createLineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 0x0a) line++;
    return line;
  };
}
