import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Analysis, Article, Diagnostic } from '../domain/index.js';
import { loadEventLexicon, loadKnowledgeBase } from '../dictionaries/index.js';
import { loadGazetteer } from '../dictionaries/gazetteer/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { looksEnglish } from '../sources/index.js';
import { createStages } from '../stages/index.js';
import { rememberLemmas } from './remember-lemmas.js';
import { toExtractionDocument, type ExtractionDocument, type Provenance } from './extraction-document.js';

/** sitrep's own data folder (`data/` at the package root). */
export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
/** The version recorded with every result. */
export const SITREP_VERSION = '0.1.0';

/** Options for building an extractor: where the knowledge base is, and user additions. */
export interface ExtractorOptions {
  readonly dataDir?: string;
  readonly userDataDirs?: readonly string[];
}

/** The configured extraction pipeline with its provenance, ready to run on articles. */
export interface Extractor {
  readonly pipeline: Pipeline;
  readonly provenance: Provenance;
  analyse(article: Article, diagnostics?: readonly Diagnostic[]): Analysis;
  extract(article: Article, diagnostics?: readonly Diagnostic[]): ExtractionDocument;
}

/**
 * The composition root of extraction: loads the NLP model, knowledge base, gazetteer and event
 * lexicon once, and wires the stages into a checked pipeline.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const userDirs = options.userDataDirs ?? [];
  const kb = loadKnowledgeBase(dataDir, userDirs);
  const lexicon = loadEventLexicon(dataDir, userDirs);
  const gazetteer = loadGazetteer(dataDir);
  const nlp = winkNLP(rememberLemmas(model), ['sbd', 'pos']);
  const pipeline = createPipeline(createStages({ kb, lexicon, gazetteer, nlp }));
  const provenance: Provenance = { version: SITREP_VERSION, stages: pipeline.versions, knowledgeBase: `${kb.hash}-${lexicon.hash}` };
  const analyse = (article: Article, diagnostics: readonly Diagnostic[] = []): Analysis => {
    const early = precheck(article);
    const result = early ? { article, diagnostics: [early] } : pipeline.run(article);
    return diagnostics.length > 0 ? { ...result, diagnostics: [...diagnostics, ...result.diagnostics] } : result;
  };
  return {
    pipeline, provenance, analyse,
    extract: (article, diagnostics) => toExtractionDocument(analyse(article, diagnostics), provenance),
  };
}

/** Articles that cannot be analysed get one diagnostic and no layers. */
function precheck(article: Article): Diagnostic | null {
  if (article.text.trim().length === 0) return { code: 'article/empty', severity: 'error', message: 'the article has no text' };
  if (!looksEnglish(article.text)) return { code: 'article/not-english', severity: 'warning', message: 'the text does not look like English; sitrep extracts from English only' };
  return null;
}
