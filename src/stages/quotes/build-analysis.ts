import { toActorId, toArticleId, type Actor, type ActorKind, type Analysis, type Sentence, type TextSpan, type Token } from '../../domain/index.js';

/** An actor for a test: its id, kind and the exact words that mention it (every occurrence counts). */
export interface TestActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly names: readonly string[];
}

const TOKEN = /['\u2019]s\b|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['\u2019](?!s\b)[\p{L}\p{N}]+)*|\S/gu;
const LEMMAS: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', tells: 'tell', added: 'add', warned: 'warn', stated: 'state', declared: 'declare',
  insisted: 'insist', noted: 'note', stressed: 'stress', wrote: 'write', tweeted: 'tweet', announced: 'announce',
  claimed: 'claim', argued: 'argue', explained: 'explain', asked: 'ask', replied: 'reply', responded: 'respond',
  urged: 'urge', vowed: 'vow', continued: 'continue', concluded: 'conclude', according: 'accord',
  met: 'meet', visited: 'visit', spoke: 'speak', briefed: 'brief', ended: 'end', failed: 'fail', remains: 'remain',
  was: 'be', is: 'be', were: 'be', are: 'be', has: 'have', had: 'have', will: 'will', would: 'would',
};
const POS: Readonly<Record<string, string>> = {
  he: 'PRON', she: 'PRON', they: 'PRON', we: 'PRON', i: 'PRON', it: 'PRON', who: 'PRON', our: 'PRON', us: 'PRON',
  the: 'DET', a: 'DET', an: 'DET', this: 'DET', that: 'SCONJ', and: 'CCONJ', or: 'CCONJ', but: 'CCONJ',
  in: 'ADP', on: 'ADP', at: 'ADP', of: 'ADP', to: 'ADP', for: 'ADP', with: 'ADP', by: 'ADP', from: 'ADP', until: 'ADP',
  was: 'AUX', is: 'AUX', were: 'AUX', are: 'AUX', has: 'AUX', had: 'AUX', will: 'AUX', would: 'AUX',
  also: 'ADV', later: 'ADV', again: 'ADV', not: 'PART', never: 'ADV', now: 'ADV', so: 'ADV',
  ready: 'ADJ', final: 'ADJ', heavy: 'ADJ', key: 'ADJ',
};

/**
 * Test support: the analysis the quotes stage reads, built by hand from a text and its actors with
 * a tiny regex tokenizer, speech-verb lemmas and rough parts of speech, so no earlier stage runs.
 */
export function buildAnalysis(text: string, actors: readonly TestActor[] = []): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  const endSentence = (upTo: number): void => {
    const first = tokens[sentenceStart];
    const last = tokens[upTo - 1];
    if (first && last && upTo > sentenceStart) sentences.push({ index: sentences.length, start: first.start, end: last.end, tokenStart: sentenceStart, tokenEnd: upTo });
    sentenceStart = upTo;
  };
  let stop = false;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const previous = tokens[tokens.length - 1];
    const closing = isClosingMark(text, m[0], start);
    // a paragraph break, or a word after a full stop (and the closing quote mark that follows it)
    if (previous && (text.slice(previous.end, start).includes('\n') || (stop && !closing))) endSentence(tokens.length);
    stop = /^[.!?]$/.test(m[0]) || (stop && closing);
    tokens.push(toToken(m[0], start, sentences.length));
  }
  endSentence(tokens.length);
  return {
    article: { id: toArticleId('test'), title: null, text, published: '2024-01-01', outlet: null, url: null },
    diagnostics: [], tokens, sentences, mentions: [],
    actors: actors.map((a) => toActor(text, a)),
  };
}

function toToken(text: string, start: number, sentence: number): Token {
  const lower = text.toLowerCase();
  const pos = POS[lower] ?? (LEMMAS[lower] ? 'VERB' : !/[\p{L}\p{N}]/u.test(text) ? 'PUNCT' : /^\p{N}/u.test(text) ? 'NUM'
    : /^\p{Lu}/u.test(text) ? 'PROPN' : /ly$/.test(lower) ? 'ADV' : /^['\u2019]s$/.test(lower) ? 'PART' : 'NOUN');
  return { text, lower, lemma: LEMMAS[lower] ?? lower, pos, start, end: start + text.length, sentence };
}

function isClosingMark(text: string, token: string, start: number): boolean {
  return /^["\u201d\u00bb]$/.test(token) && !/\S/.test(text.charAt(start + 1) || ' ');
}

function toActor(text: string, a: TestActor): Actor {
  const mentions: TextSpan[] = [];
  for (const name of a.names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) mentions.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  mentions.sort((x, y) => x.start - y.start);
  return {
    id: toActorId(a.id), entry: null, name: a.names[0] ?? a.id, kind: a.kind, country: null, memberOf: null,
    aliases: a.names.slice(1), mentions, mentionIds: [], guessed: true,
  };
}
