/** Use-cases shared by the CLI and the API; the only place that picks concrete implementations. */
export * from './create-extractor.js';
export * from './extraction-document.js';
