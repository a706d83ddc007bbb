/** The lower-cased word just before `start` ("in" for "in May"), skipping spaces; "" at a sentence or text start. */
export function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && isWordChar(text.charCodeAt(begin - 1))) begin--;
  return text.slice(begin, end).toLowerCase();
}

/** The word just after `end`, as written ("Ryan" for "April Ryan"), skipping spaces; "" when punctuation comes first. */
export function wordAfter(text: string, end: number): string {
  let begin = end;
  while (begin < text.length && isSpace(text.charCodeAt(begin))) begin++;
  let stop = begin;
  while (stop < text.length && isWordChar(text.charCodeAt(stop))) stop++;
  return text.slice(begin, stop);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 8217 || c === 45 || c > 191;
}
