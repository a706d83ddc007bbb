import { htmlToText } from './html-to-text.js';
import { isBoilerplate } from './is-boilerplate.js';
import { textOf, type HtmlElement } from './parse-html.js';

/**
 * How much more paragraph text an enclosing block must hold for the densest block (of two or more
 * paragraphs) to grow into it: a story of wrapped paragraphs holds many times its densest wrapper;
 * a story and a comment thread beside it, seldom three times the story.
 */
const GROW_RATIO = 3;

/**
 * Extracts the main text of a news page: the `itemprop="articleBody"` element, else the
 * `<article>` with the most paragraph text, else the block densest in `<p>` children (inside
 * `<main>` when there is one), grown to its parent while it holds a single paragraph or the
 * parent holds far more paragraph text; else `<main>` or the body. Boilerplate (navigation,
 * scripts, share, related and cookie blocks...) is left out; when leaving out blocks by class or
 * id would leave nothing, they are kept.
 */
export function extractHtmlText(root: HtmlElement): string {
  const text = htmlToText(pickContainer(root, true), true);
  return text !== '' ? text : htmlToText(pickContainer(root, false), false);
}

/** Paragraph characters per element, and each element's parent, over the non-boilerplate tree. */
interface Layout {
  readonly elements: readonly HtmlElement[];
  readonly parent: ReadonlyMap<HtmlElement, HtmlElement>;
  /** Characters of `<p>` text among the element's own children. */
  readonly own: ReadonlyMap<HtmlElement, number>;
  /** Characters of `<p>` text anywhere under the element. */
  readonly total: ReadonlyMap<HtmlElement, number>;
  /** How many `<p>` elements there are anywhere under the element. */
  readonly count: ReadonlyMap<HtmlElement, number>;
  /** How many elements the element's subtree holds, itself included: `elements` lists a subtree as one run. */
  readonly size: ReadonlyMap<HtmlElement, number>;
}

/** The element that holds the article body. */
function pickContainer(root: HtmlElement, byName: boolean): HtmlElement {
  const layout = measure(root, byName);
  const total = (el: HtmlElement): number => layout.total.get(el) ?? 0;
  const tagged = (test: (el: HtmlElement) => boolean): HtmlElement | undefined => best(layout.elements.filter(test), total);
  // Schema.org's marker of the body is trusted even when its text is in <div>s rather than <p>s.
  const marked = tagged((el) => /(^|\s)articleBody(\s|$)/.test(el.attrs.itemprop ?? ''));
  if (marked !== undefined && textOf(marked).trim() !== '') return marked;
  const article = tagged((el) => el.tag === 'article');
  if (article !== undefined && total(article) > 0) return article;
  const main = tagged((el) => el.tag === 'main' || el.attrs.role === 'main');
  const scope = main !== undefined && total(main) > 0 ? main : root;
  const from = layout.elements.indexOf(scope);
  const inScope = layout.elements.slice(from, from + (layout.size.get(scope) ?? 1));
  let densest = best(inScope, (el) => layout.own.get(el) ?? 0);
  if (densest === undefined || (layout.own.get(densest) ?? 0) === 0) {
    return scope !== root ? scope : (layout.elements.find((el) => el.tag === 'body') ?? root);
  }
  // <div class="story"><div><p>One</p></div><div><p>Two</p></div></div>: each wrapper holds one paragraph.
  for (let up = layout.parent.get(densest); up !== undefined && densest !== scope; up = layout.parent.get(up)) {
    const single = (layout.count.get(densest) ?? 0) < 2 && (layout.count.get(up) ?? 0) >= 2;
    if (!single && total(up) < GROW_RATIO * total(densest)) break;
    densest = up;
  }
  return densest;
}

/** Walks the tree once, outside boilerplate (a `<p>` inside `<nav>` does not count). */
function measure(root: HtmlElement, byName: boolean): Layout {
  const elements: HtmlElement[] = [];
  const parent = new Map<HtmlElement, HtmlElement>();
  const pending: HtmlElement[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    elements.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i];
      if (child === undefined || typeof child === 'string' || isBoilerplate(child, byName)) continue;
      parent.set(child, next);
      pending.push(child);
    }
  }
  const own = new Map<HtmlElement, number>();
  const total = new Map<HtmlElement, number>();
  const size = new Map<HtmlElement, number>();
  const count = new Map<HtmlElement, number>();
  // Children come after their parents in `elements`, so a backward pass sums bottom-up.
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i];
    if (el === undefined) continue;
    const chars = el.tag === 'p' ? textOf(el).trim().length : 0;
    const up = parent.get(el);
    size.set(el, (size.get(el) ?? 0) + 1);
    if (up !== undefined) {
      size.set(up, (size.get(up) ?? 0) + (size.get(el) ?? 0));
      count.set(up, (count.get(up) ?? 0) + (el.tag === 'p' ? 1 : count.get(el) ?? 0));
      own.set(up, (own.get(up) ?? 0) + chars);
      total.set(up, (total.get(up) ?? 0) + chars + (el.tag === 'p' ? 0 : total.get(el) ?? 0));
    }
  }
  return { elements, parent, own, total, count, size };
}

/** The first item with the highest score. */
function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -1;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) [top, topScore] = [item, s];
  }
  return top;
}
