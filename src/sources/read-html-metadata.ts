import { textOf, walkElements, type HtmlElement } from './parse-html.js';

/** What a news page says about itself in its head: raw strings, validated later like any record. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/**
 * Reads a page's title (og:title, <title>, JSON-LD headline, <h1>), date (article:published_time,
 * JSON-LD datePublished, <time datetime>), outlet (og:site_name, JSON-LD publisher) and url
 * (canonical link, og:url).
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
  const outlet = meta.get('og:site_name') ?? findName(jsonLd, 'publisher') ?? null;
  return {
    title: meta.get('og:title') ?? meta.get('twitter:title') ?? dropSiteName(title, outlet) ?? findString(jsonLd, 'headline') ?? h1,
    date: meta.get('article:published_time') ?? findString(jsonLd, 'datePublished') ?? meta.get('datepublished') ?? time,
    outlet,
    url: canonical ?? meta.get('og:url') ?? null,
  };
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

/** `"publisher": {"@type": "Organization", "name": "The Herald"}` -> "The Herald". */
function findName(values: unknown[], key: string): string | null {
  const found = findValue(values, key, (v) => isObject(v) && typeof v.name === 'string');
  return isObject(found) && typeof found.name === 'string' ? found.name.trim() || null : null;
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
