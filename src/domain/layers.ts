import type { Article, Span, TextSpan } from './article.js';
import type { ActorId, EntryId, EventId, MentionId, PlaceId } from './ids.js';
import type { ActorKind, DatePrecision, Modality, PlacePrecision, PloverType } from './vocabulary.js';
import type { Diagnostic } from './diagnostic.js';

/** A word or punctuation mark, with its part of speech and lemma (from the annotate stage). */
export interface Token extends Span {
  readonly text: string;
  /** Lower-cased surface form. */
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, PUNCT... */
  readonly pos: string;
  readonly sentence: number;
}

/** A sentence, as a character span and a token range `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  readonly index: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** What a mention looks like on the surface. */
export const MENTION_KINDS = ['name', 'role', 'demonym', 'sector', 'place', 'pronoun', 'generic'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** A stretch of text that may denote an actor or a place, with its candidate knowledge-base entries. */
export interface Mention extends TextSpan {
  readonly id: MentionId;
  readonly kind: MentionKind;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  /** Candidate entries, best first; empty for names not in the knowledge base. */
  readonly entries: readonly EntryId[];
  /** For role mentions: the title key ("defence_minister") and the country or organisation it is of. */
  readonly title?: string;
  readonly titleOf?: EntryId;
  /** For a person named with a role ("Defense Minister Hulusi Akar"), the name part. */
  readonly name?: string;
  /** For sector and generic mentions ("troops", "Turkish police"): the sector code. */
  readonly sector?: string;
  /** For a body named by the person who leads it ("Assad's forces", "the Bush administration"): that person. */
  readonly leader?: EntryId;
}

/** A role held by a person for a period, as shown on the actor. */
export interface RoleSpell {
  readonly title: string;
  readonly of: string;
  readonly start: string | null;
  readonly end: string | null;
}

/** A resolved participant: a state, a body of it, an organisation, a group or a person. */
export interface Actor {
  readonly id: ActorId;
  /** The knowledge-base entry, or null for a name sitrep does not know (then `guessed` is true). */
  readonly entry: EntryId | null;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  /** The organisation or state this actor belongs to at the article date. */
  readonly memberOf: ActorId | null;
  readonly aliases: readonly string[];
  readonly mentions: readonly TextSpan[];
  readonly mentionIds: readonly MentionId[];
  readonly roles?: readonly RoleSpell[];
  readonly guessed: boolean;
}

/** A geocoded place mentioned in the article. */
export interface Place {
  readonly id: PlaceId;
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: PlacePrecision;
  readonly mentions: readonly TextSpan[];
  readonly mentionIds: readonly MentionId[];
}

/** A temporal expression resolved against the publication date. */
export interface TimeExpression extends TextSpan {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; for a week, the Monday that starts it. */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly sentence: number;
}

/** An event's date, with why it was chosen. */
export interface EventDate {
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly text: string | null;
  readonly reason: string;
}

/** An event's place. */
export interface EventLocation {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: PlacePrecision;
  readonly place: PlaceId;
}

/** Text that supports an event: the sentence and the trigger in it. */
export interface Evidence extends TextSpan {
  readonly sentence: number;
  readonly trigger: TextSpan;
}

/** Who did what to whom, when and where, whether it happened, who says so, and the text that shows it. */
export interface Event {
  readonly id: EventId;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly source: readonly ActorId[];
  readonly target: readonly ActorId[];
  readonly date: EventDate;
  readonly location: EventLocation | null;
  readonly modality: Modality;
  readonly attributedTo: readonly ActorId[];
  /** The first is the main evidence; more appear when the article tells the same event again. */
  readonly evidence: readonly Evidence[];
  /** The lexicon rule that produced the event, and a plain-language reason. */
  readonly rule: string;
  readonly reason: string;
}

/** A direct quotation with its speaker. */
export interface Quote extends TextSpan {
  readonly speaker: ActorId | null;
  /** The words that name the speaker ("said Akar"), when found. */
  readonly speakerMention: TextSpan | null;
}

/** Every layer a pipeline stage may provide, by name. */
export interface Layers {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly dates: readonly TimeExpression[];
  readonly events: readonly Event[];
  readonly quotes: readonly Quote[];
}
export type LayerName = keyof Layers;
export const LAYER_NAMES: readonly LayerName[] = ['tokens', 'sentences', 'mentions', 'actors', 'places', 'dates', 'events', 'quotes'];

/** An article with the layers the stages run so far have added, and their diagnostics. */
export type Analysis = { readonly article: Article; readonly diagnostics: readonly Diagnostic[] } & Partial<Layers>;
