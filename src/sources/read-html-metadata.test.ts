import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './parse-html.js';
import { readHtmlMetadata, type HtmlMetadata } from './read-html-metadata.js';

const none: HtmlMetadata = { title: null, date: null, outlet: null, url: null };

const rows: [string, string, Partial<HtmlMetadata>][] = [
  ['og tags win', '<title>T | Site</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="Site"><meta property="og:url" content="https://x.org/og">',
    { title: 'OG title', outlet: 'Site', url: 'https://x.org/og' }],
  ['<title> without the site name', '<title>Talks resume | Site</title><meta property="og:site_name" content="Site">', { title: 'Talks resume', outlet: 'Site' }],
  ['canonical wins over og:url', '<link rel="canonical" href="https://x.org/c"><meta property="og:url" content="https://x.org/og">', { url: 'https://x.org/c' }],
  ['article:published_time', '<meta property="article:published_time" content="2024-03-05T10:00:00Z"><time datetime="2020-01-01">', { date: '2024-03-05T10:00:00Z' }],
  ['JSON-LD in @graph', '<script type="application/ld+json">{"@graph":[{"headline":"H","datePublished":"2024-01-02","publisher":{"name":"Pub"}}]}</script>',
    { title: 'H', date: '2024-01-02', outlet: 'Pub' }],
  ['JSON-LD array', '<script type="application/ld+json">[{"@type":"WebPage"},{"datePublished":"2024-01-03"}]</script>', { date: '2024-01-03' }],
  ['broken JSON-LD is ignored', '<script type="application/ld+json">{oops</script><time datetime="2024-01-04">x</time>', { date: '2024-01-04' }],
  ['<h1> as the last resort', '<body><h1> Big   news </h1></body>', { title: 'Big news' }],
  ['nothing', '<p>text</p>', {}],
  ['JSON-LD article objects before the page', '<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2020-01-01","headline":"Page"},'
    + '{"@type":["NewsArticle"],"datePublished":"2024-01-05","headline":"Story","publisher":"Wire"}]</script>', { title: 'Story', date: '2024-01-05', outlet: 'Wire' }],
  ['JSON-LD publisher as a list', '<script type="application/ld+json">{"@type":"Article","publisher":[{"@type":"Organization","name":"Pub"}]}</script>', { outlet: 'Pub' }],
  ['other date metas', '<meta name="pubdate" content="2024-01-06"><time datetime="2020-01-01">x</time>', { date: '2024-01-06' }],
  ['Dublin Core date', '<meta name="DC.date.issued" content="2024-01-07">', { date: '2024-01-07' }],
  ['application-name as the outlet', '<meta name="application-name" content="The Herald">', { outlet: 'The Herald' }],
  ['a relative canonical resolved against og:url', '<link rel="canonical" href="/world/x"><meta property="og:url" content="https://x.org/og">', { url: 'https://x.org/world/x' }],
  ['a relative canonical without og:url kept', '<link rel="canonical" href="/world/x">', { url: '/world/x' }],
];

for (const [name, html, expected] of rows) {
  test(`readHtmlMetadata: ${name}`, () => assert.deepEqual(readHtmlMetadata(parseHtml(html)), { ...none, ...expected }));
}
