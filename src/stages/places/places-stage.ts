import type { Mention, Span } from '../../domain/index.js';
import type { Gazetteer } from '../../dictionaries/gazetteer/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';
import { acceptPlaceHits, type AcceptedHit } from './accept-place-hits.js';
import { buildPlaces } from './build-places.js';
import type { ArticleCountries } from './choose-place-entry.js';
import { countArticleCountries } from './count-article-countries.js';
import { findPlaceHits } from './find-place-hits.js';

/**
 * Finds and geocodes the places an article mentions: countries used locatively ("in Syria"), region
 * phrases ("northern Syria", "Idlib province") and gazetteer names ("Idlib", "Haifa, Israel"),
 * preferring places in the countries the article is about.
 */
export function createPlacesStage(gazetteer: Gazetteer): TypedStage<'places'> {
  const isCountry = (code: string): boolean => gazetteer.country(code) !== undefined;
  return defineStage({
    name: 'places',
    version: '1',
    requires: ['tokens', 'sentences', 'mentions'],
    provides: ['places'],
    run(analysis) {
      const text = analysis.article.text;
      const tokens = analysis.tokens ?? [];
      const mentions = analysis.mentions ?? [];
      const bySentence: Mention[][] = [];
      for (const m of mentions) (bySentence[m.sentence] ??= []).push(m);
      const accepted: AcceptedHit[] = [];
      const unknown: Span[] = [];
      const counts = countArticleCountries(mentions, isCountry);
      const vote = (code: string | null): void => {
        if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
      };
      for (const sentence of analysis.sentences ?? []) {
        const hits = findPlaceHits(text, tokens, sentence, bySentence[sentence.index] ?? [], gazetteer);
        // countries named without a mention ("Syria said", when no mentions stage ran) count too
        for (const hit of hits) if (!hit.countryMention && hit.entries[0]?.kind === 'country') vote(hit.entries[0].country);
        const found = acceptPlaceHits(text, tokens, sentence, hits);
        // an accepted name all of whose places lie in one country votes for it ("Idlib" -> SYR)
        for (const a of found.accepted) if (!a.hit.countryMention && a.hit.entries[0]?.kind !== 'country') vote(soleCountry(a));
        accepted.push(...found.accepted);
        unknown.push(...found.unknown);
      }
      const { places, diagnostics } = buildPlaces(text, accepted, unknown, { counts, top: topOf(counts) }, gazetteer);
      return { places, diagnostics };
    },
  });
}

function soleCountry(a: AcceptedHit): string | null {
  const first = a.hit.entries[0]?.country ?? null;
  return a.hit.entries.every((e) => e.country === first) ? first : null;
}

function topOf(counts: ReadonlyMap<string, number>): ArticleCountries['top'] {
  let top: string | null = null;
  let most = 0;
  for (const [code, n] of counts) if (n > most) { top = code; most = n; }
  return top;
}
