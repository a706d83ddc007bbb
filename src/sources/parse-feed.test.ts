import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, type Feed, type FeedItem } from './parse-feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Gulf Wire &amp; Partners</title>
  <link>https://gulf.example</link>
  <item>
    <title>Talks resume in Doha</title>
    <link>https://gulf.example/doha</link>
    <guid isPermaLink="false">gw-1</guid>
    <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Talks resumed in Doha on Tuesday.</p><div class="share-tools">Share</div><p>Both sides&nbsp;attended.</p>]]></content:encoded>
  </item>
  <item>
    <title>Ceasefire &lt;b&gt;holds&lt;/b&gt;</title>
    <guid>https://gulf.example/ceasefire</guid>
    <dc:date>2024-03-06T08:00:00Z</dc:date>
    <description>&lt;p&gt;The ceasefire held overnight, caf&amp;eacute; owners said.&lt;/p&gt;</description>
  </item>
  <item><title>No body</title></item>
</channel>
</rss>`;

const atom = `<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Kyiv Post Wire</title>
  <entry>
    <title type="html">Troops &amp;amp; tanks</title>
    <link rel="self" href="https://kpw.example/self/1"/>
    <link rel="alternate" href="https://kpw.example/1"/>
    <id>urn:kpw:1</id>
    <updated>2024-03-07T09:00:00Z</updated>
    <published>2024-03-06T09:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Troops withdrew.</p><p>Tanks<br/>too.</p></div></content>
  </entry>
  <entry>
    <title>Plain</title>
    <link href="https://kpw.example/2"/>
    <id>urn:kpw:2</id>
    <updated>2024-03-08T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;Markets &lt;em&gt;fell&lt;/em&gt;.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Text</title>
    <content>Prices rose   3% &lt; expected.</content>
  </entry>
</feed>`;

const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>Old Feed</title></channel>
<item><title>One</title><link>https://old.example/1</link><description>First item.</description></item>
</rdf:RDF>`;

const item = (fields: Partial<FeedItem> & { line: number; text: string }): FeedItem => ({ title: null, link: null, date: null, id: null, ...fields });

const rows: [string, string, Feed | { notAFeed: RegExp }][] = [
  ['RSS 2.0 with content:encoded, escaped HTML and a bare item', rss, {
    kind: 'rss', title: 'Gulf Wire & Partners', items: [
      item({ line: 6, title: 'Talks resume in Doha', text: 'Talks resumed in Doha on Tuesday.\n\nBoth sides attended.', link: 'https://gulf.example/doha', date: 'Tue, 05 Mar 2024 10:00:00 GMT', id: 'gw-1' }),
      item({ line: 14, title: 'Ceasefire holds', text: 'The ceasefire held overnight, café owners said.', link: 'https://gulf.example/ceasefire', date: '2024-03-06T08:00:00Z', id: 'https://gulf.example/ceasefire' }),
      item({ line: 20, title: 'No body', text: '' }),
    ],
  }],
  ['Atom with xhtml, html and text content', atom, {
    kind: 'atom', title: 'Kyiv Post Wire', items: [
      item({ line: 3, title: 'Troops & tanks', text: 'Troops withdrew.\n\nTanks\ntoo.', link: 'https://kpw.example/1', date: '2024-03-06T09:00:00Z', id: 'urn:kpw:1' }),
      item({ line: 12, title: 'Plain', text: 'Markets fell.', link: 'https://kpw.example/2', date: '2024-03-08T09:00:00Z', id: 'urn:kpw:2' }),
      item({ line: 19, title: 'Text', text: 'Prices rose 3% < expected.' }),
    ],
  }],
  ['RSS 1.0 (RDF)', rdf, { kind: 'rss', title: 'Old Feed', items: [item({ line: 3, title: 'One', text: 'First item.', link: 'https://old.example/1' })] }],
  ['a cut feed keeps the items before the cut', rss.slice(0, rss.indexOf('<item><title>No body')), {
    kind: 'rss', title: 'Gulf Wire & Partners', items: [
      item({ line: 6, title: 'Talks resume in Doha', text: 'Talks resumed in Doha on Tuesday.\n\nBoth sides attended.', link: 'https://gulf.example/doha', date: 'Tue, 05 Mar 2024 10:00:00 GMT', id: 'gw-1' }),
      item({ line: 14, title: 'Ceasefire holds', text: 'The ceasefire held overnight, café owners said.', link: 'https://gulf.example/ceasefire', date: '2024-03-06T08:00:00Z', id: 'https://gulf.example/ceasefire' }),
    ],
  }],
  ['an empty channel', '<rss><channel><title>Quiet</title></channel></rss>', { kind: 'rss', title: 'Quiet', items: [] }],
  ['an HTML page', '<!DOCTYPE html><html><body><p>x</p></body></html>', { notAFeed: /root element is <html>/ }],
  ['a sitemap', '<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>', { notAFeed: /root element is <urlset>/ }],
  ['plain text', 'just words', { notAFeed: /no XML element/ }],
];

for (const [name, xml, expected] of rows) {
  test(`parseFeed: ${name}`, () => {
    const feed = parseFeed(xml);
    if ('notAFeed' in expected) {
      assert.ok('notAFeed' in feed);
      assert.match(feed.notAFeed, expected.notAFeed);
    } else assert.deepEqual(feed, expected);
  });
}
