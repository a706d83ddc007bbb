import type { EventStore } from '../../storage/event-store.js';
import { MAX_PAGE } from './parse-page-options.js';

/**
 * The URL of every stored article that has one, by article id, for the GDELT SOURCEURL column (events
 * carry no URL). Read in pages of 10 000; memory grows with articles, not events.
 */
export async function loadArticleUrls(store: Pick<EventStore, 'listArticles'>): Promise<ReadonlyMap<string, string>> {
  const urls = new Map<string, string>();
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await store.listArticles({}, { limit: MAX_PAGE, offset });
    for (const a of page) if (a.url) urls.set(a.id, a.url);
    if (page.length < MAX_PAGE) return urls;
  }
}
