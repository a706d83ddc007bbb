import { textOf, walkElements, type HtmlElement, type HtmlNode } from './parse-html.js';

/** Elements that never hold article text. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'header',
  'form', 'button', 'select', 'svg', 'iframe', 'figure', 'h1',
]);

/** Elements that start and end a paragraph of the extracted text. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'body', 'center', 'address',
]);

/**
 * Extracts the main text of a news page: the `<article>` with the most paragraph text, else the
 * element with the most text in its own `<p>` children, else the body; navigation, scripts and
 * the like are left out, and paragraphs are separated by blank lines.
 */
export function extractHtmlText(root: HtmlElement): string {
  const container = pickContainer(root);
  const paragraphs: string[] = [];
  const line: string[] = [];
  const flush = (): void => {
    const text = line.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '').join('\n');
    if (text !== '') paragraphs.push(text);
    line.length = 0;
  };
  // An explicit stack of nodes and "end of block" markers, so deep nesting cannot overflow.
  const pending: (HtmlNode | typeof END_BLOCK)[] = [container];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === END_BLOCK) flush();
    else if (typeof next === 'string') line.push(next.replace(/\s+/g, ' '));
    else if (isSkipped(next)) continue;
    else if (next.tag === 'br') line.push('\n');
    else if (next.tag === 'pre') {
      flush();
      paragraphs.push(textOf(next).replace(/^\n+|\s+$/g, ''));
    } else {
      const block = BLOCKS.has(next.tag);
      if (block) {
        flush();
        pending.push(END_BLOCK);
      }
      for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i] ?? '');
    }
  }
  flush();
  return paragraphs.filter((p) => p.trim() !== '').join('\n\n');
}

const END_BLOCK = Symbol('end of block');

function isSkipped(el: HtmlElement): boolean {
  return SKIPPED.has(el.tag) || el.attrs.hidden !== undefined || el.attrs['aria-hidden'] === 'true';
}

/** The element that holds the article body. */
function pickContainer(root: HtmlElement): HtmlElement {
  const elements = [...visibleElements(root)];
  const articles = elements.filter((el) => el.tag === 'article');
  const article = best(articles, (el) => paragraphChars(el, false));
  if (article !== undefined) return article;
  const densest = best(elements, (el) => paragraphChars(el, true));
  if (densest !== undefined && paragraphChars(densest, true) > 0) return densest;
  return elements.find((el) => el.tag === 'body') ?? root;
}

/** Elements outside skipped subtrees (a <p> inside <nav> does not count). */
function* visibleElements(root: HtmlElement): Generator<HtmlElement> {
  const pending: HtmlElement[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    yield next;
    for (const child of next.children) if (typeof child !== 'string' && !isSkipped(child)) pending.push(child);
  }
}

/** Characters of text in `<p>` elements: the element's own children, or all descendants. */
function paragraphChars(el: HtmlElement, ownChildrenOnly: boolean): number {
  const paragraphs = ownChildrenOnly
    ? el.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'p')
    : [...walkElements(el)].filter((c) => c.tag === 'p');
  return paragraphs.reduce((sum, p) => sum + textOf(p).trim().length, 0);
}

function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -1;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) [top, topScore] = [item, s];
  }
  return top;
}
