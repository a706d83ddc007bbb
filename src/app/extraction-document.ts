import { toQuadClass, type Analysis, type ExtractionDocument, type Provenance } from '../domain/index.js';

export type { ExtractionDocument, Provenance } from '../domain/index.js';

/** Goldstein scale at the CAMEO root level, for compatibility exports. */
export const GOLDSTEIN: Readonly<Record<string, number>> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};

/** Turns an analysis into the extraction document. */
export function toExtractionDocument(analysis: Analysis, provenance: Provenance): ExtractionDocument {
  const a = analysis.article;
  return {
    sitrep: provenance,
    article: { id: a.id, title: a.title, published: a.published, outlet: a.outlet, url: a.url },
    actors: (analysis.actors ?? []).map((actor) => ({
      id: actor.id, name: actor.name, kind: actor.kind, country: actor.country, memberOf: actor.memberOf,
      entry: actor.entry, guessed: actor.guessed, aliases: actor.aliases, ...(actor.roles ? { roles: actor.roles } : {}),
      mentions: actor.mentions,
    })),
    events: (analysis.events ?? []).map((e) => {
      const [evidence, ...more] = e.evidence;
      return {
        id: e.id, type: e.type, quadClass: toQuadClass(e.type), mode: e.mode, cameo: e.cameo,
        goldstein: GOLDSTEIN[e.cameo.slice(0, 2)] ?? null,
        source: e.source, target: e.target, date: e.date, location: e.location,
        modality: e.modality, attributedTo: e.attributedTo,
        evidence: evidence ?? null, ...(more.length > 0 ? { moreEvidence: more } : {}),
        rule: e.rule, reason: e.reason,
      };
    }),
    quotes: (analysis.quotes ?? []).map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker, speakerMention: q.speakerMention })),
    places: analysis.places ?? [],
    dates: analysis.dates ?? [],
    diagnostics: analysis.diagnostics,
  };
}
