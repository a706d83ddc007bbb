import { Parser } from 'htmlparser2';

/** An element of a parsed page or feed: a lower-case tag, its attributes, its children and where its start tag begins. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  /** Offset of the start tag in the parsed text (0 for the root), for line numbers. */
  readonly start: number;
}

/** A node of a parsed HTML page: an element or a run of text (entities already decoded). */
export type HtmlNode = HtmlElement | string;

/** Parses HTML forgivingly (unclosed tags, stray end tags) into a small tree rooted at a `#root` element. */
export function parseHtml(html: string): HtmlElement {
  return parseMarkup(html, false);
}

/**
 * Parses XML (an RSS or Atom feed) forgivingly into the same tree, tags lower-cased
 * (`pubDate` -> `pubdate`); CDATA is text and only XML's own entities are decoded, so
 * `&nbsp;` inside escaped HTML survives for the HTML parser.
 */
export function parseXml(xml: string): HtmlElement {
  return parseMarkup(xml, true);
}

function parseMarkup(text: string, xmlMode: boolean): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], start: 0 };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1] ?? root;
  const parser: Parser = new Parser(
    {
      onopentag(tag, attrs) {
        const element: HtmlElement = { tag, attrs, children: [], start: parser.startIndex };
        top().children.push(element);
        stack.push(element);
      },
      ontext(text) {
        const children = top().children;
        const last = children[children.length - 1];
        // "a ", "&", " b" arrive as three runs; keep them as one string.
        if (typeof last === 'string') children[children.length - 1] = last + text;
        else children.push(text);
      },
      onclosetag(tag) {
        const at = stack.map((e) => e.tag).lastIndexOf(tag);
        if (at > 0) stack.length = at;
      },
    },
    { xmlMode, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  return root;
}

/** Every element under a node, depth first, in document order (iterative: pages can nest deeply). */
export function* walkElements(node: HtmlElement): Generator<HtmlElement> {
  const pending: HtmlNode[] = [...node.children].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') continue;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i] ?? '');
  }
}

/** The text of a node and its descendants, as written (white space kept). */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  const parts: string[] = [];
  const pending: HtmlNode[] = [node];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') parts.push(next);
    else for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i] ?? '');
  }
  return parts.join('');
}
