import type { Mention, Span } from '../../domain/index.js';
import type { Gazetteer } from '../../dictionaries/gazetteer/index.js';
import { defineStage, type TypedStage } from '../../pipeline/index.js';
import { acceptPlaceMentions, type AcceptedPlaceMention } from './accept-place-mentions.js';
import { buildPlaces } from './build-places.js';
import type { ArticleCountries } from './choose-place-entry.js';
import { countArticleCountries } from './count-article-countries.js';
import { findPlaceMentions } from './find-place-mentions.js';

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
      const accepted: AcceptedPlaceMention[] = [];
      const unknown: Span[] = [];
      const counts = countArticleCountries(mentions, isCountry);
      const vote = (code: string | null): void => {
        if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
      };
      for (const sentence of analysis.sentences ?? []) {
        const candidates = findPlaceMentions(text, tokens, sentence, bySentence[sentence.index] ?? [], gazetteer);
        // countries named without a mention ("Syria said", when no mentions stage ran) count too
        for (const candidate of candidates) if (!candidate.countryMention && candidate.entries[0]?.kind === 'country') vote(candidate.entries[0].country);
        const found = acceptPlaceMentions(text, tokens, sentence, candidates);
        // an accepted name all of whose places lie in one country votes for it ("Idlib" -> SYR)
        for (const a of found.accepted) if (!a.candidate.countryMention && a.candidate.entries[0]?.kind !== 'country') vote(soleCountry(a));
        accepted.push(...found.accepted);
        unknown.push(...found.unknown);
      }
      const { places, diagnostics } = buildPlaces(text, accepted, unknown, { counts, top: topOf(counts) }, gazetteer);
      return { places, diagnostics };
    },
  });
}

function soleCountry(a: AcceptedPlaceMention): string | null {
  const first = a.candidate.entries[0]?.country ?? null;
  return a.candidate.entries.every((e) => e.country === first) ? first : null;
}

function topOf(counts: ReadonlyMap<string, number>): ArticleCountries['top'] {
  let top: string | null = null;
  let most = 0;
  for (const [code, n] of counts) if (n > most) { top = code; most = n; }
  return top;
}
