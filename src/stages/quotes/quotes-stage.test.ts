import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAnalysis, type TestActor } from './build-analysis.js';
import { createQuotesStage } from './quotes-stage.js';

const stage = createQuotesStage();
const AKAR: TestActor = { id: 'a1', kind: 'person', names: ['Hulusi Akar', 'Akar'] };
const LAVROV: TestActor = { id: 'a2', kind: 'person', names: ['Sergei Lavrov', 'Lavrov'] };

/** [what the row shows, text, actors, expected quotes as [quoted words, speaker, words naming the speaker], diagnostic codes] */
const rows: [string, string, TestActor[], [string, string | null, string | null][], string[]][] = [
  ['"...," X said', '"We will not accept this decision," Akar said.', [AKAR],
    [['We will not accept this decision', 'a1', 'Akar']], []],
  ['"...," said X with a title', '"Our army is ready to act," said Defense Minister Hulusi Akar.', [AKAR],
    [['Our army is ready to act', 'a1', 'Defense Minister Hulusi Akar']], []],
  ['curly quotes, X told reporters', '\u201cThe talks have failed completely,\u201d Lavrov told reporters in Moscow.', [LAVROV],
    [['The talks have failed completely', 'a2', 'Lavrov']], []],
  ['"...," the ministry added', 'The Defence Ministry issued a statement. "We will respond to every attack," the ministry added.',
    [{ id: 'm1', kind: 'ministry', names: ['Defence Ministry'] }], [['We will respond to every attack', 'm1', 'the ministry']], []],
  ['according to X', '"The operation will last for weeks," according to Hulusi Akar.', [AKAR],
    [['The operation will last for weeks', 'a1', 'Hulusi Akar']], []],
  ['X said: "..."', 'Akar said: "We will never bow to pressure."', [AKAR],
    [['We will never bow to pressure.', 'a1', 'Akar']], []],
  ['X said that "..."', 'Akar said that "the operation will continue until the end".', [AKAR],
    [['the operation will continue until the end', 'a1', 'Akar']], []],
  ['X, who ..., said "..."', 'Akar, who met Lavrov in Moscow on Monday, said "the talks were very productive."', [AKAR, LAVROV],
    [['the talks were very productive.', 'a1', 'Akar']], []],
  ['He warned, "..." after a named person', 'Hulusi Akar visited the border. He warned, "They will pay a heavy price."', [AKAR],
    [['They will pay a heavy price.', 'a1', 'He']], []],
  ['he said skips persons named inside quotes', '"We told Lavrov we are ready," Akar said. "We will not wait any longer," he said.', [AKAR, LAVROV],
    [['We told Lavrov we are ready', 'a1', 'Akar'], ['We will not wait any longer', 'a1', 'he']], []],
  ['a pronoun the actors stage linked wins', 'Lavrov met Akar. "The talks went very well indeed," he said.',
    [{ ...LAVROV, names: ['Lavrov', 'he'] }, AKAR], [['The talks went very well indeed', 'a2', 'he']], []],
  ['a quote over two sentences', '\u201cWe will not retreat. Our soldiers are ready,\u201d Akar said.', [AKAR],
    [['We will not retreat. Our soldiers are ready', 'a1', 'Akar']], []],
  ['a continued quote keeps the speaker', '"We will not retreat," Akar said. "Our soldiers are ready for anything."', [AKAR],
    [['We will not retreat', 'a1', 'Akar'], ['Our soldiers are ready for anything.', 'a1', 'Akar']], []],
  ['the speaker of the sentence before', 'Akar said the talks had failed. "We will now act on our own."', [AKAR],
    [['We will now act on our own.', 'a1', 'Akar']], []],
  ['a speaker named in the next sentence', '"The border will stay closed until further notice." In Ankara, Akar said the decision was final.', [AKAR],
    [['The border will stay closed until further notice.', 'a1', 'Akar']], []],
  ['a quote over two paragraphs', 'Akar spoke in Ankara.\n\n\u201cWe will not retreat from our positions.\n\n\u201cOur soldiers are ready for anything,\u201d he said.', [AKAR],
    [['We will not retreat from our positions.', 'a1', 'he'], ['Our soldiers are ready for anything', 'a1', 'he']], []],
  ['guillemets', '\u00abWe will never yield to pressure\u00bb, Macron said.', [{ id: 'a3', kind: 'person', names: ['Macron'] }],
    [['We will never yield to pressure', 'a3', 'Macron']], []],
  ['an interrupted quote', '"We are ready," Akar said, "to defend our country at any cost."', [AKAR],
    [['We are ready', 'a1', 'Akar'], ['to defend our country at any cost.', 'a1', 'Akar']], []],
  ['"...," the group said', 'The Islamic State group claimed the attack. "We will strike again and again," the group said.',
    [{ id: 'g1', kind: 'armed_group', names: ['Islamic State'] }], [['We will strike again and again', 'g1', 'the group']], []],
  ['"...," the official said', 'Ned Price briefed the press. "Progress was made on all the key issues," the official said.',
    [{ id: 'p1', kind: 'person', names: ['Ned Price'] }], [['Progress was made on all the key issues', 'p1', 'the official']], []],
  ['"..." ― X', '\u201cThe election was stolen from us all.\u201d \u2015 Pamela Padilla', [{ id: 'p2', kind: 'person', names: ['Pamela Padilla'] }],
    [['The election was stolen from us all.', 'p2', 'Pamela Padilla']], []],
  ['a parenthesis after the name', '"Subpoenas are not optional," panel Chairman Jason Chaffetz (R-Utah) said.',
    [{ id: 'p3', kind: 'person', names: ['Jason Chaffetz'] }], [['Subpoenas are not optional', 'p3', 'panel Chairman Jason Chaffetz']], []],
  ['a title with a full stop', '"The city will never go back," said the Rev. Peter Wherry, of Mayfield Church. "What appeared normal was only normal for some."',
    [{ id: 'p4', kind: 'person', names: ['Peter Wherry'] }],
    [['The city will never go back', 'p4', 'the Rev. Peter Wherry'], ['What appeared normal was only normal for some.', 'p4', 'the Rev. Peter Wherry']], []],
  ['X wrote, adding, "..."', 'The Post endorsed her. "We endorse her without any hesitation," the newspaper wrote, adding, "we are not making this endorsement lightly."',
    [{ id: 'n1', kind: 'media', names: ['The Post'] }],
    [['We endorse her without any hesitation', 'n1', 'the newspaper'], ['we are not making this endorsement lightly.', 'n1', 'the newspaper']], []],
  ['an earlier quote of the paragraph', '"We are ready to respond," Obama said. He did not suggest retaliation. "Our goal is to set some norms."',
    [{ id: 'p5', kind: 'person', names: ['Obama'] }], [['We are ready to respond', 'p5', 'Obama'], ['Our goal is to set some norms.', 'p5', 'Obama']], []],
  ['a short quote next to a speech verb is kept', '"No," Akar said.', [AKAR], [['No', 'a1', 'Akar']], []],
  ['scare quotes are not quotes', 'The so-called "safe zone" remains empty.', [], [], []],
  ['an unclosed quote', 'Akar said: "We will never accept this.\n\nThe talks ended on Monday.', [AKAR], [], ['quote/unclosed']],
  ['no speaker', '"The situation is extremely dangerous now." The talks ended.', [],
    [['The situation is extremely dangerous now.', null, null]], ['quote/no-speaker']],
  ['a speaker who is no actor', '"We have no comment on this matter," a source said.', [],
    [['We have no comment on this matter', null, 'a source']], ['quote/no-speaker']],
];

for (const [name, text, actors, expected, codes] of rows) {
  test(`quotes: ${name}`, () => {
    const out = stage.run(buildAnalysis(text, actors));
    const got = out.quotes.map((q) => [q.text, q.speaker, q.speakerMention?.text ?? null]);
    assert.deepEqual(got, expected);
    for (const q of out.quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.speakerMention) assert.equal(text.slice(q.speakerMention.start, q.speakerMention.end), q.speakerMention.text);
    }
    assert.deepEqual((out.diagnostics ?? []).map((d) => d.code), codes);
  });
}

test('quotes: the stage declares what it needs and gives', () => {
  assert.equal(stage.name, 'quotes');
  assert.deepEqual(stage.requires, ['tokens', 'sentences', 'mentions', 'actors']);
  assert.deepEqual(stage.provides, ['quotes']);
});

test('quotes: an article without tokens or actors does not crash', () => {
  const out = stage.run({ ...buildAnalysis('He said "it is over now, really over'), tokens: undefined, actors: undefined });
  assert.deepEqual(out.quotes, []);
  assert.deepEqual((out.diagnostics ?? []).map((d) => d.code), ['quote/unclosed']);
});
