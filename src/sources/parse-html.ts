import { Parser } from 'htmlparser2';

/** An element of a parsed HTML page: a lower-case tag, its attributes and its children. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}

/** A node of a parsed HTML page: an element or a run of text (entities already decoded). */
export type HtmlNode = HtmlElement | string;

/** Parses HTML forgivingly (unclosed tags, stray end tags) into a small tree rooted at a `#root` element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1] ?? root;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const element: HtmlElement = { tag, attrs, children: [] };
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
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
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
