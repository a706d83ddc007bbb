import { SitrepError, type Analysis, type Article, type LayerName } from '../domain/index.js';
import type { Stage } from './stage.js';

/** A checked, ordered list of stages that turns an article into an analysis. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** `name@version` of every stage, for reproducibility records. */
  readonly versions: Readonly<Record<string, string>>;
  run(article: Article): Analysis;
}

/**
 * Builds a pipeline, checking that every stage's requirements are provided by an earlier stage.
 * Fails at start-up, naming the gap, rather than mid-run.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new SitrepError('pipeline/invalid', `stage "${stage.name}" is listed twice`);
    names.add(stage.name);
    const missing = stage.requires.filter((layer) => !provided.has(layer));
    if (missing.length > 0) {
      const have = provided.size > 0 ? [...provided].join(', ') : 'nothing';
      throw new SitrepError('pipeline/invalid', `stage "${stage.name}" requires ${missing.join(', ')}, but the stages before it provide only ${have}`);
    }
    for (const layer of stage.provides) provided.add(layer);
  }
  const versions = Object.freeze(Object.fromEntries(stages.map((s) => [s.name, s.version])));
  return Object.freeze({ stages, versions, run: (article: Article) => runStages(stages, article) });
}

function runStages(stages: readonly Stage[], article: Article): Analysis {
  let analysis: Analysis = { article, diagnostics: [] };
  for (const stage of stages) {
    const output = stage.run(analysis);
    const tagged = (output.diagnostics ?? []).map((d) => (d.stage ? d : { ...d, stage: stage.name }));
    const diagnostics = tagged.length > 0 ? [...analysis.diagnostics, ...tagged] : analysis.diagnostics;
    // Object.assign rather than spreads, which are slow on objects of so many shapes; the same keys in the same order
    analysis = Object.assign({}, analysis, output, { diagnostics });
  }
  return analysis;
}
