/**
 * Folds text for dictionary matching, keeping one output character per input character so that
 * offsets into the folded text are offsets into the original: lower case, diacritics stripped,
 * hyphens and curly apostrophes normalised ("Al-Jolani’s" -> "al jolani's").
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
      else if (code === 45 || code === 9 || code === 10 || code === 13) out += ' ';
      else out += text[i];
      continue;
    }
    out += foldChar(text[i] ?? ' ');
  }
  return out;
}

const folded = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = folded.get(ch);
  if (cached !== undefined) return cached;
  let result: string;
  if ('\u2018\u2019\u02BC\u02BB\u2032\u00B4`'.includes(ch)) result = "'";
  else if ('\u2010\u2011\u2012\u2013\u2014\u00A0\u2009\u202F'.includes(ch)) result = ' ';
  else {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    result = base.length === 1 ? base : ch;
  }
  // surrogate halves and characters that fold to several would shift offsets: keep them as they are
  if (result.length !== 1) result = ch.length === 1 ? ch : ' ';
  folded.set(ch, result);
  return result;
}

/** Folds a dictionary alias the same way, and squeezes repeated spaces. */
export function foldAlias(alias: string): string {
  return foldText(alias).replace(/\s+/g, ' ').trim();
}
