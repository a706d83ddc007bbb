/** Where articles come from: files, batches and standard input, validated into `Article` at the edge. */
export { readArticles } from './read-articles.js';
export { readArticleFile, type ReadArticleFileOptions } from './read-article-file.js';
export { readArticleRecords, type ReadArticleRecordsOptions } from './read-article-records.js';
export { parseArticleRecord } from './parse-article-record.js';
export { isRecordError, type ArticleRead, type ArticleRecord, type RecordError, type RecordResult } from './article-record.js';
export { INPUT_EXTENSIONS, INPUT_FORMATS, isInputFormat, resolveInputFormat, STDIN_PATH, type InputFormat } from './input-format.js';
export { createArticleId } from './create-article-id.js';
export { resolveDate } from './resolve-date.js';
export { looksEnglish } from './looks-english.js';
export { MAX_TEXT_CHARS } from './limit-text.js';
export type { ByteSource } from './open-input-stream.js';
