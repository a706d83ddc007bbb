import type { HtmlElement } from './parse-html.js';

/** Elements that never hold article text. */
const TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'header', 'form', 'button',
  'select', 'input', 'textarea', 'label', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'map', 'figure', 'dialog', 'menu', 'h1',
]);

/** ARIA roles of the blocks around an article: `<div role="navigation">`. */
const ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** Words of a class or id that mark a block around the article: share buttons, related links, cookie banners, ads. */
const WORDS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'social', 'related', 'recommended', 'recommendations', 'recirculation',
  'readmore', 'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'promo', 'promotion',
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'outbrain', 'taboola', 'comments',
  'disqus', 'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'sidebar', 'nav', 'navbar', 'navigation', 'menu', 'masthead',
  'footer', 'byline', 'toolbar',
]);

/** Whole class names of text meant for screen readers only ("Share on Facebook", "Advertisement"). */
const CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'a11y-hidden']);

/** Blocks that may be boilerplate by a word of their name; an inline `<a class="related-link">` in a sentence is text, and `<body>`, `<main>` and `<article>` never are. */
const NAMED_BLOCKS = new Set(['div', 'section', 'ul', 'ol', 'li', 'p', 'table', 'dl', 'center']);

/**
 * Whether an element holds no article text: by tag (`nav`, `script`, `aside`, `figure`, `form`...),
 * by being hidden, by ARIA role, and — when `byName` — by a class or id such as `share-tools`,
 * `relatedStories` or `cookie-banner` on a block element.
 */
export function isBoilerplate(el: HtmlElement, byName: boolean): boolean {
  if (TAGS.has(el.tag) || el.attrs.hidden !== undefined || el.attrs['aria-hidden'] === 'true') return true;
  if (el.attrs.role !== undefined && ROLES.has(el.attrs.role.trim().toLowerCase())) return true;
  if (!byName) return false;
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.split(/\s+/).filter((n) => n !== '');
  if (names.some((name) => CLASSES.has(name.toLowerCase()))) return true;
  return NAMED_BLOCKS.has(el.tag) && names.some((name) => wordsOf(name).some((w) => WORDS.has(w)));
}

/** "relatedStories__list" -> ["related", "stories", "list"]; "share-bar" -> ["share", "bar"]. */
function wordsOf(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
}
