import { textOf, walkElements, type HtmlElement } from './parse-html.js';

/** What a news page says about itself in its head: raw strings, validated later like any record. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** `<meta>` names and properties of the publication date, best first. */
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'date',
];

/**
 * Reads a page's title (og:title, <title>, JSON-LD headline, <h1>), date (article:published_time
 * and other date `<meta>`s, JSON-LD datePublished, <time datetime>), outlet (og:site_name,
 * JSON-LD publisher, application-name) and url (canonical link, resolved against og:url when
 * relative, og:url). JSON-LD objects typed as articles are searched before the page's others.
 */
export function readHtmlMetadata(root: HtmlElement): HtmlMetadata {
  const meta = new Map<string, string>();
  const jsonLd: unknown[] = [];
  let title: string | null = null;
  let canonical: string | null = null;
  let time: string | null = null;
  let h1: string | null = null;
  for (const el of walkElements(root)) {
    const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? '').toLowerCase();
    const content = el.attrs.content?.trim();
    if (el.tag === 'meta' && key !== '' && content && !meta.has(key)) meta.set(key, content);
    else if (el.tag === 'title') title ??= clean(textOf(el));
    else if (el.tag === 'link' && /(^|\s)canonical(\s|$)/i.test(el.attrs.rel ?? '')) canonical ??= el.attrs.href?.trim() || null;
    else if (el.tag === 'time') time ??= el.attrs.datetime?.trim() || null;
    else if (el.tag === 'h1') h1 ??= clean(textOf(el));
    else if (el.tag === 'script' && /ld\+json/i.test(el.attrs.type ?? '')) jsonLd.push(parseJson(textOf(el)));
  }
  const ld = articlesFirst(jsonLd);
  const outlet = meta.get('og:site_name') ?? findName(ld, 'publisher') ?? meta.get('application-name') ?? null;
  const metaDate = DATE_KEYS.map((key) => meta.get(key)).find((value) => value !== undefined);
  return {
    title: meta.get('og:title') ?? meta.get('twitter:title') ?? dropSiteName(title, outlet) ?? findString(ld, 'headline') ?? h1,
    date: meta.get('article:published_time') ?? findString(ld, 'datePublished') ?? metaDate ?? time,
    outlet,
    url: resolveUrl(canonical, meta.get('og:url')) ?? meta.get('og:url') ?? null,
  };
}

/** `<link rel="canonical" href="/world/x">` with og:url `https://x.org/...` -> `https://x.org/world/x`. */
function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (href === null || /^[a-z][a-z0-9+.-]*:/i.test(href) || base === undefined) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href; // og:url is not an absolute URL either: keep the link as written.
  }
}

/** The JSON-LD objects (through arrays and @graph) typed NewsArticle, Article, Report... first, then the others. */
function articlesFirst(values: unknown[]): unknown[] {
  const objects: Record<string, unknown>[] = [];
  const pending = [...values].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (Array.isArray(next)) pending.push(...[...next].reverse());
    else if (isObject(next)) {
      objects.push(next);
      if (Array.isArray(next['@graph'])) pending.push(...[...next['@graph']].reverse());
    }
  }
  const isArticle = (o: Record<string, unknown>): boolean => /Article|Report|Posting/.test(JSON.stringify(o['@type'] ?? ''));
  return [...objects.filter(isArticle), ...objects.filter((o) => !isArticle(o))];
}

function clean(text: string): string | null {
  return text.replace(/\s+/g, ' ').trim() || null;
}

/** "Turkey rejects offer | The Herald" -> "Turkey rejects offer" when the outlet is "The Herald". */
function dropSiteName(title: string | null, outlet: string | null): string | null {
  if (title === null || outlet === null) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim() || title;
  }
  return title;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // A broken JSON-LD block is common and harmless: the page has other metadata.
  }
}

/** The first string value under `key`, searching JSON-LD objects, arrays and @graph depth first. */
function findString(values: unknown[], key: string): string | null {
  const found = findValue(values, key, (v) => typeof v === 'string' && v.trim() !== '');
  return typeof found === 'string' ? found.trim() : null;
}

/** `"publisher": {"@type": "Organization", "name": "The Herald"}` (or `"The Herald"`, or a list of those) -> "The Herald". */
function findName(values: unknown[], key: string): string | null {
  const nameOf = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (Array.isArray(v)) return v.map(nameOf).find((n) => n !== null) ?? null;
    return isObject(v) && typeof v.name === 'string' ? v.name.trim() || null : null;
  };
  return nameOf(findValue(values, key, (v) => nameOf(v) !== null));
}

function findValue(values: unknown[], key: string, accept: (v: unknown) => boolean): unknown {
  const pending = [...values].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (Array.isArray(next)) pending.push(...[...next].reverse());
    else if (isObject(next)) {
      if (accept(next[key])) return next[key];
      pending.push(...Object.values(next).reverse());
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
