import { MAX_LINE_BYTES } from './split-lines.js';

/** One row of a CSV or TSV input: the line it starts on and its fields' bytes, or why it has none. */
export type CsvRow =
  | { readonly line: number; readonly fields: Buffer[] }
  /** `too-long`: over the size limit; `unclosed-quote`: a quoted field still open at the end of the input. */
  | { readonly line: number; readonly fields: null; readonly problem: 'too-long' | 'unclosed-quote' };

/**
 * Splits a CSV byte stream into rows by RFC 4180: fields separated by `delimiter` (`,` or a tab),
 * rows by `\n` or `\r\n`, a field in double quotes may hold delimiters, line breaks and `""` for a
 * quote. Leniently, a quote inside an unquoted field and text after a closing quote are kept as
 * written. Holds one row in memory at a time; a row over `maxBytes` is dropped and reported.
 * Works on bytes, so the fields can be decoded (UTF-8, else windows-1252) one row at a time.
 */
export async function* parseCsvRows(source: AsyncIterable<Uint8Array>, delimiter: string, maxBytes: number = MAX_LINE_BYTES): AsyncGenerator<CsvRow> {
  const splitter = new CsvSplitter(delimiter.charCodeAt(0), maxBytes);
  for await (const chunk of source) yield* splitter.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  const last = splitter.end();
  if (last !== null) yield last;
}

const [LF, CR, QUOTE] = [0x0a, 0x0d, 0x22] as const;

/** Where the splitter is: before a field, in an unquoted field, in a quoted one, or just after a quote inside one. */
type State = 'start' | 'plain' | 'quoted' | 'quote';

/** The state machine of `parseCsvRows`, fed one chunk at a time. */
class CsvSplitter {
  private state: State = 'start';
  private line = 1;
  private rowLine = 1;
  private fields: Buffer[] = [];
  private parts: Buffer[] = [];
  private size = 0;
  private tooLong = false;

  constructor(private readonly delimiter: number, private readonly maxBytes: number) {}

  /** The rows completed in this chunk; an unfinished field is kept for the next. */
  push(bytes: Buffer): CsvRow[] {
    const rows: CsvRow[] = [];
    // The current field's bytes run from `from` to the current byte; they are kept as one slice.
    let from = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === LF) this.line++;
      if (this.state === 'quoted') {
        if (b !== QUOTE) continue;
        this.keep(bytes.subarray(from, i));
        this.state = 'quote';
      } else if (this.state === 'quote') {
        if (b === this.delimiter) this.endField(false);
        else if (b === LF) rows.push(this.endRow(false));
        // '""' inside quotes is one literal quote, which starts the next slice; '"a"b' keeps the text after the closing quote.
        else if (b !== CR) [this.state, from] = [b === QUOTE ? 'quoted' : 'plain', i];
      } else if (b === this.delimiter || b === LF) {
        const plain = this.state === 'plain';
        if (plain) this.keep(bytes.subarray(from, i));
        if (b === LF) rows.push(this.endRow(plain));
        else this.endField(false);
      } else if (this.state === 'start') [this.state, from] = b === QUOTE ? ['quoted', i + 1] : ['plain', i];
    }
    if (this.state === 'plain' || this.state === 'quoted') this.keep(bytes.subarray(from));
    return rows;
  }

  /** The last row, when the input does not end with a line break; or the open quoted field's report. */
  end(): CsvRow | null {
    if (this.state === 'quoted') return { line: this.rowLine, fields: null, problem: 'unclosed-quote' };
    return this.state !== 'start' || this.fields.length > 0 ? this.endRow(this.state === 'plain') : null;
  }

  private keep(part: Buffer): void {
    if (this.tooLong || part.length === 0) return;
    this.size += part.length;
    // A copy: the slice may outlive its chunk, and a stream may reuse its buffers.
    if (this.size <= this.maxBytes) this.parts.push(Buffer.from(part));
    else [this.tooLong, this.fields, this.parts] = [true, [], []];
  }

  private endField(dropCr: boolean): void {
    const field = Buffer.concat(this.parts);
    // "last\r\n": the CR belongs to the line end, not to the field.
    if (!this.tooLong) this.fields.push(dropCr && field[field.length - 1] === CR ? field.subarray(0, -1) : field);
    this.parts = [];
    this.state = 'start';
  }

  private endRow(dropCr: boolean): CsvRow {
    this.endField(dropCr);
    const { rowLine: line, fields, tooLong } = this;
    [this.fields, this.size, this.tooLong, this.rowLine] = [[], 0, false, this.line];
    return tooLong ? { line, fields: null, problem: 'too-long' } : { line, fields };
  }
}
