import { isBoilerplate } from './is-boilerplate.js';
import { textOf, type HtmlElement, type HtmlNode } from './parse-html.js';

/** Elements that start and end a paragraph of the extracted text. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'body', 'center', 'address', '#root',
]);

const END_BLOCK = Symbol('end of block');

/**
 * Turns an HTML subtree into plain text: boilerplate left out (see `isBoilerplate`; by class or
 * id too when `byName`), white space collapsed, `<br>` kept as a line break and paragraphs
 * separated by blank lines.
 */
export function htmlToText(node: HtmlElement, byName: boolean = true): string {
  const paragraphs: string[] = [];
  const line: string[] = [];
  const flush = (): void => {
    const text = line.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '').join('\n');
    if (text !== '') paragraphs.push(text);
    line.length = 0;
  };
  // An explicit stack of nodes and "end of block" markers, so deep nesting cannot overflow.
  const pending: (HtmlNode | typeof END_BLOCK)[] = [node];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === END_BLOCK) flush();
    else if (typeof next === 'string') line.push(next.replace(/\s+/g, ' '));
    else if (isBoilerplate(next, byName)) continue;
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
