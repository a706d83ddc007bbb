import type { WinkMethods } from 'wink-nlp';
import type { EventLexicon, KnowledgeBase } from '../dictionaries/index.js';
import type { Gazetteer } from '../dictionaries/gazetteer/index.js';
import type { Stage } from '../pipeline/index.js';
import { createActorsStage } from './actors/actors-stage.js';
import { createAnnotateStage } from './annotate/annotate-stage.js';
import { createDatesStage } from './dates/dates-stage.js';
import { createEventsStage } from './events/events-stage.js';
import { createMentionsStage } from './mentions/mentions-stage.js';
import { createPlacesStage } from './places/places-stage.js';
import { createQuotesStage } from './quotes/quotes-stage.js';

/** What the stages are built from. */
export interface StageResources {
  readonly kb: KnowledgeBase;
  readonly lexicon: EventLexicon;
  readonly gazetteer: Gazetteer;
  readonly nlp: WinkMethods;
}

/** The pipeline's stages in run order: this list is the whole flow of an article. */
export function createStages(r: StageResources): Stage[] {
  return [
    createAnnotateStage(r.nlp), // sentences, tokens, parts of speech, lemmas
    createMentionsStage(r.kb, r.nlp), // dictionary names, sectors, roles, unknown proper names
    createPlacesStage(r.gazetteer), // geocoded places
    createActorsStage(r.kb), // mentions resolved to actors at the article date
    createDatesStage(), // temporal expressions resolved against the publication date
    createEventsStage(r.lexicon), // who did what to whom, when, where, how sure
    createQuotesStage(), // direct quotations and their speakers
  ];
}
