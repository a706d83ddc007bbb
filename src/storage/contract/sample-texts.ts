/** Hand-written article texts for near-duplicate tests: a wire story, a lightly edited copy, and another story on the same topic. */
export const SAMPLE_TEXTS = {
  wire: [
    'The defence ministers of Russia, Syria and Turkey met in Moscow on Wednesday, the first such meeting since the Syrian war began more than a decade ago.',
    'The Russian defence ministry said the three ministers discussed ways to resolve the Syrian crisis, the refugee problem and joint efforts to combat extremist groups in the country.',
    'Turkish Defence Minister Hulusi Akar said after the talks that the meeting had been constructive and that the parties agreed to continue the trilateral format.',
    'Ankara has backed rebels seeking to topple President Bashar al-Assad for most of the conflict and has sent troops into northern Syria several times since 2016.',
    'Turkish officials have said in recent weeks that a new ground operation against Kurdish fighters in the north remains on the table despite objections from Moscow and Washington.',
    'Syrian state media described the talks as positive and said the ministers agreed to form tripartite committees that would meet again in the coming weeks.',
    'Analysts in Istanbul said the meeting could prepare the ground for talks between the foreign ministers and possibly a first meeting of the two presidents since the war started.',
    'Opposition groups in the northwest of Syria condemned the contacts and called protests in several towns on Friday against any reconciliation with the government in Damascus.',
  ].join(' '),
  /** The same wire story with one sentence rewritten, as a syndicating outlet might. */
  wireEdited: '',
  /** A different story about the same meeting, written independently. */
  otherStory: [
    'Hundreds of people rallied in Idlib and Azaz on Friday to denounce a meeting in Moscow between the Turkish and Syrian defence ministers, witnesses said.',
    'Protesters carried the flag of the Syrian revolution and chanted slogans against President Erdogan, accusing Ankara of abandoning the opposition after years of support.',
    'The Syrian National Army, an umbrella of rebel factions backed by Turkey, issued a statement saying that it would not accept any deal that returned the region to government control.',
    'Residents said shops closed early in several towns as organisers called for a general strike, while Turkish troops were seen reinforcing positions near the border crossing at Bab al-Salama.',
    'A spokesman for the Turkish foreign ministry said that the country would not take any step against the interests of the Syrian people and that contacts with Damascus served regional stability.',
    'More than four million people live in the northwest of Syria, many of them displaced from other parts of the country during the war, according to the United Nations.',
  ].join(' '),
} as { wire: string; wireEdited: string; otherStory: string };

SAMPLE_TEXTS.wireEdited = SAMPLE_TEXTS.wire.replace(
  'Syrian state media described the talks as positive and said the ministers agreed to form tripartite committees that would meet again in the coming weeks.',
  'Syrian state news agency SANA called the meeting positive, adding that joint committees would be set up and would convene again soon.',
);
