/** The article fields a CSV column can hold. */
export const CSV_FIELDS = ['text', 'title', 'date', 'outlet', 'url', 'id'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Header names that choose each field's column, by field; absent fields use `DEFAULT_COLUMNS`. */
export type CsvColumnOptions = Readonly<Partial<Record<CsvField, string>>>;

/** Where each field is in a CSV's rows: a column index, or null when the file has no such column. */
export interface CsvColumns {
  readonly index: Readonly<Record<Exclude<CsvField, 'text'>, number | null>> & { readonly text: number };
  /** The header names as written, for messages. */
  readonly header: readonly string[];
}

/** The header names each field is looked up by when no option names its column, best first (compared as `resolveName` makes them). */
export const DEFAULT_COLUMNS: Readonly<Record<CsvField, readonly string[]>> = {
  text: ['text', 'body', 'content', 'article', 'article_text', 'full_text'],
  title: ['title', 'headline'],
  date: ['date', 'published', 'publish_date', 'pubdate', 'published_at', 'publication_date'],
  outlet: ['outlet', 'source', 'publisher'],
  url: ['url', 'link'],
  id: ['id'],
};

/**
 * Finds the column of each article field in a CSV header: the column an option names, else the
 * first default name present. Names match without regard to case, surrounding space or `-`/`_`/
 * space differences (`Publish Date` = `publish_date`). A named column that is missing, or no text
 * column at all, is an error whose message lists the header.
 */
export function resolveCsvColumns(header: readonly string[], options: CsvColumnOptions = {}): CsvColumns | { readonly error: string } {
  const names = header.map(resolveName);
  const index: Partial<Record<CsvField, number | null>> = {};
  for (const field of CSV_FIELDS) {
    const wanted = options[field];
    if (wanted !== undefined) {
      const at = names.indexOf(resolveName(wanted));
      if (at < 0) return { error: `there is no column "${wanted}" for the ${field}; the header has ${list(header)}` };
      index[field] = at;
    } else {
      const at = DEFAULT_COLUMNS[field].map((name) => names.indexOf(name)).find((i) => i >= 0);
      index[field] = at ?? null;
    }
  }
  const { text, title = null, date = null, outlet = null, url = null, id = null } = index;
  if (text === undefined || text === null) {
    return { error: `no column holds the article text: expected one named ${DEFAULT_COLUMNS.text.join(', ')} (or choose it with the text column option); the header has ${list(header)}` };
  }
  return { index: { text, title, date, outlet, url, id }, header };
}

/** " Publish-Date " -> "publish_date". */
function resolveName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

function list(header: readonly string[]): string {
  return header.length === 0 ? 'no columns' : header.map((h) => `"${h}"`).join(', ');
}
