/**
 * Folds text for dictionary matching, keeping one output character per input character so that
 * offsets into the folded text are offsets into the original: lower case, diacritics stripped,
 * hyphens and curly apostrophes normalised ("Al-Jolani’s" -> "al jolani's").
 */
export function foldText(text: string): string {
  const codes = foldCodes(text);
  // one flat string, built in chunks small enough to pass as arguments
  let out = '';
  for (let at = 0; at < codes.length; at += CHUNK) out += String.fromCharCode.apply(null, Array.from(codes.subarray(at, at + CHUNK)));
  return out;
}

/** The character codes of `foldText(text)`, for matchers that read them one by one. */
export function foldCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 128 ? (ASCII_FOLDS[code] ?? code) : foldCode(code);
  }
  return codes;
}

const CHUNK = 8192;

// ASCII: capitals to lower case; hyphen, tab and line breaks to spaces
const ASCII_FOLDS = Uint16Array.from({ length: 128 }, (_, code) => {
  if (code >= 65 && code <= 90) return code + 32;
  return code === 45 || code === 9 || code === 10 || code === 13 ? 32 : code;
});

const folded = new Map<number, number>();

function foldCode(code: number): number {
  const cached = folded.get(code);
  if (cached !== undefined) return cached;
  const result = foldChar(String.fromCharCode(code)).charCodeAt(0);
  folded.set(code, result);
  return result;
}

function foldChar(ch: string): string {
  if ('\u2018\u2019\u02BC\u02BB\u2032\u00B4`'.includes(ch)) return "'";
  if ('\u2010\u2011\u2012\u2013\u2014\u00A0\u2009\u202F'.includes(ch)) return ' ';
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  // surrogate halves and characters that fold to several would shift offsets: keep them as they are
  return base.length === 1 ? base : ch;
}

/** Folds a dictionary alias the same way, and squeezes repeated spaces. */
export function foldAlias(alias: string): string {
  return foldText(alias).replace(/\s+/g, ' ').trim();
}
