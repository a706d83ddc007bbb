import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksEnglish } from './looks-english.js';

const rows: [string, string, boolean][] = [
  ['English', 'The foreign minister said on Monday that the government would not accept the offer, and that talks with the rebels had been suspended after the attack on the border town.', true],
  ['English headline-style', 'Turkey rejects Russian offer on Syria talks as fighting spreads near the border', true],
  ['a short English text', 'Talks resumed.', true],
  ['French', "Le ministre des Affaires étrangères a déclaré lundi que le gouvernement n'accepterait pas l'offre et que les pourparlers avec les rebelles étaient suspendus après l'attaque contre la ville frontalière.", false],
  ['German', 'Der Außenminister sagte am Montag, die Regierung werde das Angebot nicht annehmen, und die Gespräche mit den Rebellen seien nach dem Angriff auf die Grenzstadt ausgesetzt worden.', false],
  ['Spanish', 'El ministro de Asuntos Exteriores dijo el lunes que el gobierno no aceptaría la oferta y que las conversaciones con los rebeldes habían sido suspendidas tras el ataque contra la ciudad fronteriza.', false],
  ['Arabic', 'قال وزير الخارجية يوم الاثنين إن الحكومة لن تقبل العرض وإن المحادثات مع المتمردين علقت بعد الهجوم على البلدة الحدودية.', false],
  ['Russian', 'Министр иностранных дел заявил в понедельник, что правительство не примет предложение, а переговоры с повстанцами приостановлены после нападения на пограничный город.', false],
  ['Chinese', '外交部长周一表示，政府不会接受这一提议，在边境城镇遭到袭击后，与叛军的谈判已经暂停。', false],
  ['English with a few foreign names', 'President Recep Tayyip Erdoğan met Ilham Aliyev in Baku, and the two leaders said they would sign an agreement on energy cooperation.', true],
  ['an English headline of names and content words', 'Hayat Tahrir al-Sham fighters attacked government positions.', true],
  ['a short French text', 'Les forces turques ont attaqué des positions kurdes dans le nord de la Syrie.', false],
  ['a short Spanish text', 'Las fuerzas del gobierno atacaron posiciones rebeldes en el norte del país.', false],
  ['a short German text', 'Die Armee hat die Stellungen der Rebellen im Norden des Landes angegriffen.', false],
  ['empty', '', false],
  ['digits only', '2024 1 2 3', false],
];

for (const [name, text, expected] of rows) {
  test(`looksEnglish: ${name}`, () => assert.equal(looksEnglish(text), expected));
}

test('looksEnglish reads only the start of a long text', () => {
  const english = 'The army said that the convoy was attacked on the road to the city. '.repeat(100);
  const start = performance.now();
  assert.equal(looksEnglish(english + 'x'.repeat(5_000_000)), true);
  assert.ok(performance.now() - start < 500);
});
