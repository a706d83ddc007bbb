/** The 100 most frequent English function words; their share of the words tells English from other languages. */
const FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'as', 'he', 'by', 'be', 'at',
  'from', 'his', 'has', 'have', 'had', 'are', 'were', 'said', 'an', 'not', 'this', 'which', 'but', 'or', 'they', 'their',
  'its', 'been', 'will', 'who', 'would', 'also', 'after', 'more', 'than', 'we', 'i', 'she', 'her', 'him', 'them', 'there',
  'when', 'one', 'all', 'about', 'can', 'if', 'so', 'up', 'out', 'into', 'over', 'no', 'what', 'other', 'some', 'could',
  'two', 'new', 'these', 'our', 'those', 'did', 'do', 'does', 'should', 'may', 'because', 'between', 'during', 'before',
  'under', 'against', 'while', 'where', 'how', 'only', 'any', 'such', 'then', 'most', 'being', 'both', 'each', 'very',
  'just', 'through', 'since', 'you', 'my', 'us',
]);

/**
 * Frequent function words of French, Spanish, Portuguese, Italian and German that English text and
 * the names in it ("de Mistura", "La Paz", "el-Sisi", "UN", "Le Drian") do not contain.
 */
const FOREIGN_FUNCTION_WORDS = new Set([
  'les', 'des', 'du', 'est', 'et', 'une', 'dans', 'pour', 'sur', 'pas', 'qui', 'sont', 'ont', 'au', 'aux', 'avec', 'été',
  'los', 'las', 'del', 'una', 'por', 'para', 'con', 'que', 'según', 'fue', 'entre', 'sus', 'como', 'más',
  'dos', 'das', 'não', 'uma', 'em', 'foi', 'pelo', 'pela', 'ao', 'à',
  'della', 'dei', 'degli', 'che', 'il', 'gli', 'sono', 'è', 'nel', 'nella', 'alla',
  'der', 'die', 'und', 'den', 'dem', 'ein', 'eine', 'ist', 'nicht', 'mit', 'von', 'zu', 'auf', 'für', 'wird', 'sich', 'im',
]);

/** How many words are looked at: enough to decide, few enough to be fast on any text. */
const SAMPLE_WORDS = 400;
/** English news prose runs at 40-50% function words; French, German or Spanish share few of them. */
const MIN_FUNCTION_SHARE = 0.15;
const MIN_LATIN_SHARE = 0.6;
/** Below this many words the function-word share says little, so only the script is checked. */
const MIN_WORDS = 8;
/** Below this many words (a headline, a wire brief) a text needs foreign function words to count as foreign. */
const SHORT_WORDS = 40;

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** The Latin letters of a word: ASCII ones counted directly, the regular expression only for the others. */
function countLatin(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : LATIN.test(word[i] ?? '')) n++;
  }
  return n;
}

/** Where the letter at `i` ends (after a surrogate pair: "𝐀"), or `i` when no letter is there; ASCII is told apart directly. */
function letterEnd(text: string, i: number): number {
  if (i >= text.length) return i;
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? i + 1 : i;
  const point = text.codePointAt(i) ?? code;
  return LETTER.test(String.fromCodePoint(point)) ? i + (point > 0xffff ? 2 : 1) : i;
}

/**
 * Guesses whether a text is English, fast: most of its letters are Latin and at least 15% of
 * its first 400 words are common English function words. Very short texts pass on script alone;
 * a short text with few function words (a headline) passes unless it has more foreign ones.
 */
export function looksEnglish(text: string): boolean {
  let words = 0;
  let english = 0;
  let foreign = 0;
  let letters = 0;
  let latin = 0;
  // the words are the runs of letters (\p{L}+), found by a scan rather than matchAll, which makes a match array per word
  for (let i = 0; i < text.length && words < SAMPLE_WORDS;) {
    let end = letterEnd(text, i);
    if (end === i) { i++; continue; }
    for (let next = letterEnd(text, end); next > end; next = letterEnd(text, end)) end = next;
    const word = text.slice(i, end);
    const lower = word.toLowerCase();
    words++;
    if (FUNCTION_WORDS.has(lower)) english++;
    if (FOREIGN_FUNCTION_WORDS.has(lower)) foreign++;
    letters += word.length;
    latin += countLatin(word);
    i = end;
  }
  if (letters === 0 || latin / letters < MIN_LATIN_SHARE) return false;
  if (words < MIN_WORDS) return true;
  if (english / words >= MIN_FUNCTION_SHARE) return true;
  // "Hayat Tahrir al-Sham fighters attacked government positions": names and content words only
  return words < SHORT_WORDS && foreign <= english;
}
