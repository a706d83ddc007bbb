/** Where articles come from: files, folders, batches, feeds and standard input, validated into `Article` at the edge. */
export { readInputs, type ReadInputsOptions } from './read-inputs.js';
export { readArticles, type ReadArticlesOptions } from './read-articles.js';
export { readArticleFile, type ReadArticleFileOptions } from './read-article-file.js';
export { readArticleRecords, type ReadArticleRecordsOptions } from './read-article-records.js';
export { readCsvRecords, type ReadCsvRecordsOptions } from './read-csv-records.js';
export { readFeedRecords, type ReadFeedRecordsOptions } from './read-feed-records.js';
export { listInputFiles, type InputEntry } from './list-input-files.js';
export { parseArticleRecord } from './parse-article-record.js';
export { isRecordError, type ArticleRead, type ArticleRecord, type InputItem, type RecordError, type RecordResult } from './article-record.js';
export {
  BATCH_FORMATS, INPUT_EXTENSIONS, INPUT_FORMATS, isBatchFormat, isInputFormat, resolveInputFormat, STDIN_PATH,
  type BatchFormat, type InputFormat,
} from './input-format.js';
export { INPUT_PROBLEMS, InputFileError, type InputProblem } from './input-file-error.js';
export { CSV_FIELDS, DEFAULT_COLUMNS, type CsvColumnOptions, type CsvField } from './resolve-csv-columns.js';
export { createArticleId } from './create-article-id.js';
export { resolveDate } from './resolve-date.js';
export { looksEnglish } from './looks-english.js';
export { MAX_TEXT_CHARS } from './limit-text.js';
export { MAX_FILE_BYTES } from './load-input-bytes.js';
export type { ByteSource } from './open-input-stream.js';
export { countInputItems } from './count-input-items.js';
