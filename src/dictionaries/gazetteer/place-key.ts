// Arabic articles written as separate words once hyphens are spaces: "Ar-Raqqah", "Deir ez-Zor"
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ash', 'ad', 'adh', 'an', 'at', 'ath', 'az', 'ez', 'ed', 'es', 'ul', 'ud', 'ur']);
// Persian ezafe between two words: "Mazar-i-Sharif", "Mazar-e Sharif"
const EZAFE = new Set(['i', 'e', 'ye', 'yi']);
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['st', 'saint'], ['ste', 'sainte'], ['mt', 'mount'], ['ft', 'fort']]);
// letters that do not decompose into a base letter and a mark
const LETTERS: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Folds a place name for comparison: lower case, no diacritics or apostrophes, words split by single spaces. */
export function foldPlaceName(name: string): string {
  let text = name.toLowerCase();
  if (isFolded(text)) return text;
  if (/[^\u0020-\u007e]/.test(text)) {
    text = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ıøłđħßæœþ]/g, (ch) => LETTERS[ch] ?? ch);
  }
  // "Ra's al 'Ayn", "Sana’a", "D.C."
  return text.replace(/['.\u2018\u2019\u02bc\u02be\u02bf`\u00b4]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// most names are already folded once lower-cased ("aleppo", "san jose"); checking is cheaper than replacing
function isFolded(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (space) return false;
      space = true;
    } else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      space = false;
    } else {
      return false;
    }
  }
  return !space;
}

/**
 * The key the gazetteer indexes a name under: its fold with transliteration variants merged, so that
 * "Ar-Raqqah", "Raqqah" and "Raqqa" share the key "raqa" and "Mazar-i-Sharif" meets "Mazār-e Sharīf".
 */
export function toPlaceKey(name: string): string {
  return toPlaceKeyOfFold(foldPlaceName(name));
}

/** The place key of a name already folded by `foldPlaceName`. */
export function toPlaceKeyOfFold(fold: string): string {
  if (!fold.includes(' ')) return mergeSpellings(ABBREVIATIONS.get(fold) ?? fold);
  const words = fold.split(' ');
  const last = words.length - 1;
  const kept: string[] = [];
  words.forEach((word, i) => {
    if (i < last && ARTICLES.has(word)) return;
    if (i > 0 && i < last && EZAFE.has(word)) return;
    kept.push(mergeSpellings(ABBREVIATIONS.get(word) ?? word));
  });
  return kept.join(' ');
}

// "Raqqah" / "Raqqa", "Fallujah" / "Falluja"; "Shaddadah" / "Shadadah", "Kismaayo" / "Kismayo"
function mergeSpellings(word: string): string {
  let single = word;
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1)) {
      single = word.replace(/(\p{L})\1+/gu, '$1');
      break;
    }
  }
  return single.length > 4 && single.endsWith('ah') ? single.slice(0, -1) : single;
}
