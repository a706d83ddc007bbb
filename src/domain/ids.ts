/** Branded ids, so that an actor id cannot be passed where an event id is expected. */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type ActorId = Brand<string, 'ActorId'>;
export type EventId = Brand<string, 'EventId'>;
export type MentionId = Brand<string, 'MentionId'>;
export type PlaceId = Brand<string, 'PlaceId'>;
/** An entry of the knowledge base: an ISO3 code, a composed sector ("TUR.DEF") or a data id. */
export type EntryId = Brand<string, 'EntryId'>;

export const toArticleId = (s: string): ArticleId => s as ArticleId;
export const toActorId = (s: string): ActorId => s as ActorId;
export const toEventId = (s: string): EventId => s as EventId;
export const toMentionId = (s: string): MentionId => s as MentionId;
export const toPlaceId = (s: string): PlaceId => s as PlaceId;
export const toEntryId = (s: string): EntryId => s as EntryId;
