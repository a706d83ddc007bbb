import type { Analysis, Diagnostic, LayerName, Layers } from '../domain/index.js';

/** What a stage returns: only the layers it provides, plus any diagnostics it found. */
export type StageOutput<P extends LayerName> = Pick<Layers, P> & { readonly diagnostics?: readonly Diagnostic[] };

/**
 * A pipeline stage: a name, what it requires, what it provides, and a `run` that reads a
 * read-only analysis and returns only its new layers. Stages get their resources (knowledge
 * base, gazetteer, NLP model) when they are created, never by importing them.
 */
export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(analysis: Analysis): Partial<Layers> & { readonly diagnostics?: readonly Diagnostic[] };
}

/** A stage whose output type is checked against the layers it declares. */
export interface TypedStage<P extends LayerName> extends Stage {
  readonly provides: readonly P[];
  run(analysis: Analysis): StageOutput<P>;
}

/** Declares a stage with its layer names checked by the compiler. */
export function defineStage<P extends LayerName>(stage: TypedStage<P>): TypedStage<P> {
  return Object.freeze(stage);
}
