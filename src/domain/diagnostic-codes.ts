/** Every diagnostic code sitrep can attach to an article, with what it means. A meta-test keeps it complete. */
export const DIAGNOSTIC_CODES = {
  'article/empty': 'The article has no text to analyse.',
  'article/not-english': 'The text does not look like English; extraction was skipped.',
  'article/binary': 'The input looks like binary data, not text.',
  'article/truncated': 'The text was longer than the limit and was cut; offsets stay valid for the part analysed.',
  'article/no-date': 'The article has no publication date; relative dates could not be resolved.',
  'article/bad-date': 'The publication date given is not a valid YYYY-MM-DD date and was ignored.',
  'actor/ambiguous': 'A name matches several knowledge-base entries; the one that fits the article best was chosen.',
  'actor/unknown': 'A proper name is not in the knowledge base; it became an actor with a guessed kind.',
  'actor/role-unfilled': 'A role phrase ("the Turkish President") names an office with no known holder at the article date.',
  'place/ambiguous': 'A place name matches several places; the one that fits the article best was chosen.',
  'place/unknown': 'A place name is not in the gazetteer.',
  'date/unresolved': 'A temporal expression could not be resolved against the publication date.',
  'event/no-actor': 'An event trigger was found but no actor could be attached to it; no event was made.',
  'event/background': 'An act in the perfect dated long before publication ("200,000 have been killed since 2011") sums up the past; no event was made.',
  'quote/unclosed': 'A quotation mark opens a quote that is never closed.',
  'quote/no-speaker': 'A direct quotation has no identifiable speaker.',
  'input/bad-line': 'A line of a batch input could not be read as an article.',
  'input/bad-field': 'A field of the input record has the wrong type and was ignored.',
  'input/bad-encoding': 'The input is not valid UTF-8; it was decoded as windows-1252, so some characters may be wrong.',
  'input/truncated': 'A batch input ended early or is corrupt (a cut gzip file); the records before the damage were read.',
  'input/cannot-read': 'An input file or folder could not be opened or read (missing, no permission); nothing was read from it.',
  'input/skipped': 'A file found in a folder was not read: it is hidden, not a regular file, or of a type sitrep does not read.',
  'input/malformed': 'An input file is not valid in its format (broken JSON, XML that is not a feed, a CSV header without a text column); nothing was read from it.',
  'input/too-large': 'A file read whole (one article or a feed) is over the 64 MB limit; put many articles in a streamed .jsonl or .csv file.',
  'extract/failed': 'Extraction failed on this article (a bug on unusual input); the article was rejected and the run went on.',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Whether a string is a known diagnostic code. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}
