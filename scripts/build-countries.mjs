#!/usr/bin/env node
// One-off generator: writes data/countries.tsv from the world-countries package, then applies the
// hand-curated OVERRIDES table below so that the names used in news reporting are covered.
// Run: node scripts/build-countries.mjs
// The output is committed; edit OVERRIDES (not the TSV) and re-run to change a country.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));

// world-countries uses a few non-ISO codes; map them to the ones sitrep uses.
const CODE_FIX = { UNK: 'XKX' };

// Per-country curation. Every field is optional:
//   name      replaces the common name
//   aliases   added to the generated aliases
//   drop      aliases (generated or official) to remove
//   replaceAliases  true: use only `aliases` (plus the official name unless dropped)
//   demonyms  replaces the generated demonyms entirely (singular adjective + plural noun)
//   capital   replaces the capital ('' = none: a capital that is ambiguous on its own)
//   lat, lon  replace the representative point
const OVERRIDES = {
  USA: { aliases: ['United States', 'U.S.', 'US', 'America', 'United States of America', 'USA', 'U.S.A.'],
    demonyms: ['American', 'Americans', 'U.S.', 'US'], capital: 'Washington' },
  GBR: { aliases: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
    demonyms: ['British', 'Briton', 'Britons', 'UK', 'U.K.'] },
  TUR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'],
    demonyms: ['Turkish', 'Turk', 'Turks'] },
  RUS: { aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'] },
  SYR: { aliases: ['Syrian Arab Republic'], demonyms: ['Syrian', 'Syrians'] },
  IRN: { aliases: ['Islamic Republic of Iran', 'Persia'], demonyms: ['Iranian', 'Iranians'] },
  IRQ: { demonyms: ['Iraqi', 'Iraqis'] },
  ISR: { demonyms: ['Israeli', 'Israelis'] },
  AFG: { aliases: ['Islamic Emirate of Afghanistan', 'Islamic Republic of Afghanistan'], demonyms: ['Afghan', 'Afghans', 'Afghanistani'] },
  PRK: { aliases: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean', 'North Koreans'] },
  KOR: { aliases: ['South Korea', 'Republic of Korea', 'ROK'], demonyms: ['South Korean', 'South Koreans'] },
  PSE: { aliases: ['Palestine', 'Palestinian territories', 'Palestinian Territories', 'West Bank and Gaza', 'State of Palestine', 'occupied Palestinian territories', 'Occupied Palestinian Territories'],
    demonyms: ['Palestinian', 'Palestinians'] },
  XKX: { aliases: ['Republic of Kosovo'], demonyms: ['Kosovar', 'Kosovars', 'Kosovan', 'Kosovans'] },
  COD: { name: 'DR Congo', replaceAliases: true,
    aliases: ['DRC', 'D.R.C.', 'DR Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Congo'],
    demonyms: ['Congolese'] },
  COG: { replaceAliases: true,
    aliases: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'], demonyms: [] },
  CIV: { aliases: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'], demonyms: ['Ivorian', 'Ivorians'] },
  MMR: { aliases: ['Burma'], demonyms: ['Burmese', 'Myanmar'] },
  ARE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati', 'Emiratis'] },
  SAU: { aliases: ['Saudi', 'KSA'], demonyms: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'] },
  CHN: { aliases: ['PRC', "People's Republic of China", 'Mainland China'], demonyms: ['Chinese'] },
  TWN: { aliases: ['Republic of China', 'Chinese Taipei'], drop: ['Republic of China (Taiwan)'], demonyms: ['Taiwanese'] },
  HKG: { aliases: ['Hong Kong SAR'], capital: '' },
  MAC: { aliases: ['Macao'] },
  VAT: { aliases: ['Holy See', 'Vatican', 'the Vatican'], demonyms: [] },
  CZE: { aliases: ['Czech Republic'], demonyms: ['Czech', 'Czechs'] },
  CPV: { aliases: ['Cabo Verde'], demonyms: ['Cape Verdean', 'Cape Verdeans'] },
  SWZ: { aliases: ['Swaziland'], demonyms: ['Swazi', 'Swazis', 'Emaswati'], capital: 'Mbabane' },
  MKD: { aliases: ['Macedonia', 'FYROM'], demonyms: ['Macedonian', 'Macedonians', 'North Macedonian', 'North Macedonians'] },
  TLS: { aliases: ['East Timor'], demonyms: ['Timorese', 'East Timorese'] },
  LAO: { aliases: ['Lao PDR'], demonyms: ['Lao', 'Laotian', 'Laotians'] },
  VNM: { aliases: ['Viet Nam'], demonyms: ['Vietnamese'] },
  BIH: { aliases: ['Bosnia', 'Bosnia-Herzegovina', 'BiH'], demonyms: ['Bosnian', 'Bosnians'] },
  NLD: { aliases: ['Holland', 'The Netherlands'], demonyms: ['Dutch'], capital: 'The Hague' },
  IRL: { aliases: ['Republic of Ireland', 'Eire', 'Éire'], demonyms: ['Irish'] },
  BLR: { aliases: ['Belorussia', 'Byelorussia'], demonyms: ['Belarusian', 'Belarusians', 'Belarussian', 'Belarussians'] },
  UKR: { demonyms: ['Ukrainian', 'Ukrainians'] },
  MDA: { demonyms: ['Moldovan', 'Moldovans'], capital: 'Chisinau' },
  GEO: { demonyms: ['Georgian', 'Georgians'] },
  ESH: { demonyms: ['Sahrawi', 'Sahrawis', 'Saharawi', 'Saharawis'], capital: 'Laayoune' },
  BOL: { capital: 'La Paz' },
  ZAF: { drop: ['RSA'], capital: 'Pretoria' },
  DEU: { demonyms: ['German', 'Germans'] },
  FRA: { demonyms: ['French'] },
  ESP: { demonyms: ['Spanish', 'Spaniard', 'Spaniards'] },
  POL: { demonyms: ['Polish', 'Pole', 'Poles'] },
  DNK: { demonyms: ['Danish', 'Dane', 'Danes'] },
  SWE: { demonyms: ['Swedish', 'Swede', 'Swedes'] },
  FIN: { demonyms: ['Finnish', 'Finn', 'Finns'] },
  ISL: { demonyms: ['Icelandic', 'Icelander', 'Icelanders'], drop: ['Island'] },
  NZL: { demonyms: ['New Zealand', 'New Zealander', 'New Zealanders'] },
  PHL: { demonyms: ['Filipino', 'Filipinos', 'Philippine'] },
  KGZ: { demonyms: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis'] },
  TJK: { demonyms: ['Tajik', 'Tajiks', 'Tajikistani', 'Tajikistanis'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis'] },
  UZB: { demonyms: ['Uzbek', 'Uzbeks', 'Uzbekistani', 'Uzbekistanis'] },
  TKM: { demonyms: ['Turkmen', 'Turkmens', 'Turkmenistani'] },
  AZE: { demonyms: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'] },
  BWA: { demonyms: ['Botswanan', 'Motswana', 'Batswana'] },
  LSO: { demonyms: ['Basotho', 'Mosotho', 'Lesothan'] },
  DJI: { demonyms: ['Djiboutian', 'Djiboutians'] },
  GIB: { demonyms: ['Gibraltarian', 'Gibraltarians'] },
  GRL: { demonyms: ['Greenlandic', 'Greenlander', 'Greenlanders'] },
  GNB: { demonyms: ['Bissau-Guinean', 'Bissau-Guineans'] },
  GNQ: { demonyms: ['Equatorial Guinean', 'Equatorial Guineans', 'Equatoguinean', 'Equatoguineans'] },
  KIR: { demonyms: ['I-Kiribati'] },
  VUT: { demonyms: ['Ni-Vanuatu'] },
  BFA: { demonyms: ['Burkinabe', 'Burkinabè', 'Burkinabes'] },
  MDG: { demonyms: ['Malagasy'] },
  ECU: { demonyms: ['Ecuadorian', 'Ecuadorians', 'Ecuadorean', 'Ecuadoreans'] },
  SVN: { demonyms: ['Slovenian', 'Slovenians', 'Slovene', 'Slovenes'] },
  SVK: { demonyms: ['Slovak', 'Slovaks', 'Slovakian'] },
  SRB: { demonyms: ['Serbian', 'Serb', 'Serbs'] },
  HRV: { demonyms: ['Croatian', 'Croat', 'Croats'] },
  ARG: { demonyms: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'] },
  SGP: { capital: '' },
  MCO: { capital: '' },
  LUX: { capital: '' },
  KWT: { capital: 'Kuwait City' },
  DMA: { demonyms: [] }, // "Dominican" is the Dominican Republic's
  DOM: { demonyms: ['Dominican', 'Dominicans'] },
  CUW: { aliases: ['Curacao'] },
  YEM: { capital: 'Sanaa' },
  MNG: { capital: 'Ulaanbaatar', demonyms: ['Mongolian', 'Mongolians'] },
  MDV: { aliases: ['Maldives'], capital: 'Male' },
  CRI: { capital: 'San Jose' },
  COL: { capital: 'Bogota' },
  BRA: { capital: 'Brasilia' },
  CMR: { capital: 'Yaounde' },
  TGO: { capital: 'Lome', drop: ['Togolese'] },
  PRY: { capital: 'Asuncion' },
  THA: { drop: ['Prathet', 'Thai'], demonyms: ['Thai', 'Thais'] },
  STP: { aliases: ['Sao Tome and Principe'], capital: 'Sao Tome', demonyms: ['Santomean', 'Santomeans', 'Sao Tomean'] },
  PYF: { capital: 'Papeete' },
  NCL: { capital: 'Noumea' },
  ATA: { demonyms: [] },
  BVT: { demonyms: [] },
  HMD: { demonyms: [] },
  ALA: { aliases: ['Aland Islands'], demonyms: ['Ålander', 'Ålanders'] },
  FRO: { capital: 'Torshavn' },
  // Ambiguous capitals of small territories: names of other cities, people or common words.
  AIA: { capital: '' }, // "The Valley"
  BES: { capital: '', aliases: ['Bonaire'] },
  BRN: { aliases: ['Brunei Darussalam'] },
  BMU: { capital: '' }, // Hamilton
  CCK: { capital: '' }, // West Island
  FLK: { capital: '' }, // Stanley
  IMN: { capital: '' }, // Douglas
  MSR: { capital: '' }, // Plymouth
  NFK: { capital: '' }, // Kingston (Jamaica's)
  SHN: { capital: '', aliases: ['Saint Helena', 'St Helena'] }, // Jamestown
  SYC: { capital: '' }, // Victoria
  TKL: { capital: '' },
  PCN: { capital: '' }, // Adamstown
  ATF: { capital: '', demonyms: [] },
  IOT: { capital: '', demonyms: [] },
  MNP: { demonyms: ['Northern Mariana Islander', 'Northern Mariana Islanders'] },
  SJM: { demonyms: [] },
  UMI: { demonyms: [], capital: '' },
  VGB: { replaceAliases: true, aliases: ['BVI'], demonyms: [] },
  VIR: { replaceAliases: true, aliases: ['US Virgin Islands', 'U.S. Virgin Islands', 'USVI', 'Virgin Islands of the United States'], demonyms: [] },
  GGY: { demonyms: [] },
  JEY: { demonyms: [] },
  GUF: { drop: ['Guiana', 'Guyane'], demonyms: ['French Guianese'] },
};

// Official-name / altSpelling words that make an English long form worth keeping as an alias.
const ENGLISH_FORM = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Federal|Islamic|Sultanate|Emirates|United|Territory|Grand Duchy|Bailiwick|Confederation|Collectivity|Department|Country|Nation|Islands|Plurinational|Bolivarian|Socialist|Hashemite|Independent)\b/;
const NON_ENGLISH_WORD = /\b(des|de|du|la|le|del|da|do|ya|wa|di|der|et|e|y|bilong|ng|al|og|of the Sudan|blong|Sāmoa|Na)\b|[’ʻ‘ʾ]/;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s.'\-()&,]+$/u;
const IPA = /[\u0250-\u02AF]/u;

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function keepAlt(s, common) {
  if (s.length <= 2) return false;
  if (/^[A-Z]{2}$/.test(s)) return false;
  if (!LATIN_ONLY.test(s) || IPA.test(s)) return false;
  if (s.includes(',') || s.includes('(')) return false;
  if (fold(s) === fold(common)) return /^[\x20-\x7e]+$/.test(s); // ASCII spelling of an accented name
  if (/^[A-Z][A-Z.]{2,}$/.test(s)) return true; // acronyms like UAE, DRC
  return ENGLISH_FORM.test(s) && !NON_ENGLISH_WORD.test(s);
}

function plural(d) {
  if (/(ese|ish|ch|sh|ss|x|sy|ois|be|Swiss|Lao)$/.test(d)) return null;
  if (/^I-|^Ni-/.test(d)) return null;
  if (/ic$/.test(d)) return null;
  if (/s$/.test(d)) return null;
  return d + 's';
}

function demonymsOf(c) {
  const eng = c.demonyms?.eng;
  if (!eng) return [];
  const out = [];
  for (const raw of [eng.m, eng.f]) {
    if (!raw) continue;
    for (const d of raw.split(/,\s*|\s+or\s+/)) {
      const s = d.trim();
      if (!s) continue;
      out.push(s);
      const p = plural(s);
      if (p) out.push(p);
    }
  }
  return out;
}

const uniq = (xs) => {
  const seen = new Set();
  return xs.filter((x) => x && !seen.has(x) && seen.add(x));
};
const round2 = (n) => (Math.round(n * 100) / 100).toString();
const clean = (s) => s.replace(/[\t|]/g, ' ').trim();

const rows = [];
for (const c of countries) {
  const code = CODE_FIX[c.cca3] ?? c.cca3;
  const o = OVERRIDES[code] ?? {};
  const name = o.name ?? c.name.common;
  let aliases = [];
  if (!o.replaceAliases) {
    const off = c.name.official;
    if (!/[,()]/.test(off) && !NON_ENGLISH_WORD.test(off)) aliases.push(off);
    if (o.name) aliases.push(c.name.common);
    for (const a of c.altSpellings ?? []) if (keepAlt(a, name)) aliases.push(a);
  }
  aliases.push(...(o.aliases ?? []));
  const drop = new Set([...(o.drop ?? []), name]);
  aliases = uniq(aliases.map(clean)).filter((a) => !drop.has(a) && a.length > 1);
  if (o.replaceAliases) aliases = aliases.filter((a) => a !== c.name.official || (o.aliases ?? []).includes(a));
  const demonyms = uniq((o.demonyms ?? demonymsOf(c)).map(clean));
  let capital = o.capital ?? (c.capital?.[0] ?? '');
  capital = fold(clean(capital));
  const [lat, lon] = [o.lat ?? c.latlng[0], o.lon ?? c.latlng[1]];
  rows.push({ code, iso2: c.cca2, name: clean(name), aliases, demonyms, capital, lat: round2(lat), lon: round2(lon) });
}

// Add Kosovo if the package ever drops it.
if (!rows.some((r) => r.code === 'XKX')) {
  rows.push({ code: 'XKX', iso2: 'XK', name: 'Kosovo', aliases: OVERRIDES.XKX.aliases, demonyms: OVERRIDES.XKX.demonyms,
    capital: 'Pristina', lat: '42.67', lon: '21.17' });
}
rows.sort((a, b) => a.code.localeCompare(b.code));

// A name, alias or demonym must point at one country only: report collisions and keep the first
// (independent states come before territories) so that the file stays unambiguous.
const independent = new Set(countries.filter((c) => c.independent).map((c) => CODE_FIX[c.cca3] ?? c.cca3));
const owner = new Map();
const order = [...rows].sort((a, b) => Number(independent.has(b.code)) - Number(independent.has(a.code)));
for (const r of order) owner.set(r.name.toLowerCase(), owner.get(r.name.toLowerCase()) ?? r.code);
for (const r of order) {
  for (const field of ['aliases', 'demonyms']) {
    r[field] = r[field].filter((v) => {
      const k = v.toLowerCase();
      const o = owner.get(k);
      if (o && o !== r.code) {
        if (field === 'aliases' || k !== r.name.toLowerCase()) console.warn(`dropped ${field} "${v}" of ${r.code}: belongs to ${o}`);
        return false;
      }
      owner.set(k, r.code);
      return true;
    });
  }
}

const header = ['code', 'iso2', 'name', 'aliases', 'demonyms', 'capital', 'lat', 'lon'];
const lines = [
  '# Countries and territories. Generated by scripts/build-countries.mjs from world-countries plus its',
  '# hand-curated OVERRIDES table: edit the script, not this file, and re-run it.',
  header.join('\t'),
  ...rows.map((r) => [r.code, r.iso2, r.name, r.aliases.join('|'), r.demonyms.join('|'), r.capital, r.lat, r.lon].join('\t')),
];
writeFileSync(join(root, 'data', 'countries.tsv'), lines.join('\n') + '\n');
console.log(`wrote data/countries.tsv: ${rows.length} rows`);
