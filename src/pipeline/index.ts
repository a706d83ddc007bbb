/** The stage contract and the runner; knows no concrete stage. */
export * from './stage.js';
export * from './create-pipeline.js';
