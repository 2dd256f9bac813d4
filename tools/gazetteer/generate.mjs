// Generates functions/Pipeline.Core/Enrichment/Data/countries.json from i18n-iso-countries,
// countries-list and the hand-curated overlay.json. Run: cd tools/gazetteer && npm ci && node generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countries as countriesList } from 'countries-list';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);
const overlay = JSON.parse(readFileSync(new URL('overlay.json', here), 'utf8'));
const output = new URL('../../functions/Pipeline.Core/Enrichment/Data/countries.json', here);
const version = (pkg) => JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, here), 'utf8')).version;
const english = require('i18n-iso-countries/langs/en.json').countries;

// Languages whose names are worth matching in news; every one that i18n-iso-countries ships.
const foreignLanguages = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'az', 'ru', 'uk', 'ar', 'fa', 'he', 'zh', 'ja', 'ko', 'hi'];
const latinScript = new Set(['de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'az']);

// Mirrors the C# matcher's key: diacritics off, lower case, apostrophes unified, periods dropped, tokens joined by one space.
const fold = (text) => text
  .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[ƏəƏ]/g, 'e').replace(/ı/g, 'i').replace(/[Øø]/g, 'o').replace(/[Łł]/g, 'l').replace(/[Đđ]/g, 'd')
  .toLowerCase().replace(/[’‘ʼ`]/g, "'").replace(/\./g, '')
  .split(/[^\p{L}\p{N}']+/u).map((t) => t.replace(/^'+|'+$/g, '')).filter(Boolean).join(' ');

const dropped = new Set(overlay.drop.map(fold));
const flags = new Map(Object.entries(overlay.flags).map(([text, f]) => [fold(text), f]));
const blockers = new Set(overlay.blockers.map(fold));
const isAbbreviation = (text) => /^[A-Z](\.?[A-Z])+\.?$/.test(text) && text.replace(/\./g, '').length <= 5;

// candidates: code -> Map(foldedKey -> alias); first writer wins, so sources are added from most to least authoritative.
const candidates = new Map();
const owners = new Map(); // foldedKey -> Map(code -> english?) to find names two countries share
const add = (code, text, kind, lang) => {
  const clean = text?.trim();
  if (!clean) return;
  const key = fold(clean);
  if (!key || dropped.has(key) || blockers.has(key)) return;
  const aliases = candidates.get(code);
  if (aliases.has(key)) return;
  const alias = { text: clean, kind };
  if (lang) alias.lang = lang;
  const flag = flags.get(key);
  if (flag?.caseSensitive || isAbbreviation(clean) || (lang && latinScript.has(lang))) alias.caseSensitive = true;
  if (flag?.ambiguous) alias.ambiguous = flag.ambiguous;
  aliases.set(key, alias);
  if (!owners.has(key)) owners.set(key, new Map());
  owners.get(key).set(code, (owners.get(key).get(code) ?? false) || !lang);
};
const addWithParenthetical = (code, text, kind, lang) => {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (!match) return add(code, text, kind, lang);
  add(code, match[1], kind, lang);
  if (!/part$/i.test(match[2])) add(code, match[2], 'alt', lang);
};

const codes = Object.keys(english).sort();
const names = new Map();
for (const code of codes) {
  candidates.set(code, new Map());
  const en = [].concat(english[code]);
  const overlayEntry = overlay.countries[code] ?? {};
  const name = overlay.names[code] ?? countriesList[code]?.name ?? en[0];
  names.set(code, name);
  add(code, name, 'name');
  en.forEach((text, i) => addWithParenthetical(code, text, i === 0 && en.length > 1 ? 'official' : 'alt'));
  (countriesList[code]?.alias ?? []).forEach((text) => add(code, text, 'alt'));
  (overlayEntry.a ?? []).forEach((text) => add(code, text, 'alt'));
  (overlayEntry.f ?? []).forEach((text) => add(code, text, 'former'));
  (overlayEntry.d ?? []).forEach((text) => add(code, text, 'demonym'));
  (overlayEntry.m ?? []).forEach((text) => add(code, text, 'metonym'));
  add(code, countriesList[code]?.capital, 'city');
  (overlayEntry.c ?? []).forEach((text) => add(code, text, 'city'));
  const native = countriesList[code]?.native;
  if (native && fold(native) !== fold(name)) add(code, native, 'native', countriesList[code].languages?.[0] ?? 'native');
}
for (const lang of foreignLanguages) {
  const local = require(`i18n-iso-countries/langs/${lang}.json`).countries;
  for (const code of codes) [].concat(local[code] ?? []).forEach((text) => addWithParenthetical(code, text, 'name', lang));
}

// A key two countries share is kept by the overlay's choice, else by the only country naming it in English, else by none.
const conflicts = [];
for (const [key, byCode] of owners) {
  if (byCode.size < 2) continue;
  const chosen = Object.entries(overlay.resolve).find(([text]) => fold(text) === key)?.[1];
  const englishOwners = [...byCode].filter(([, isEnglish]) => isEnglish).map(([code]) => code);
  const keep = chosen ?? (englishOwners.length === 1 ? englishOwners[0] : null);
  for (const code of byCode.keys()) if (code !== keep) candidates.get(code).delete(key);
  conflicts.push(`${key}: ${[...byCode.keys()].join('/')} -> ${keep ?? 'dropped'}`);
}

const result = {
  source: 'Generated by tools/gazetteer/generate.mjs (run: cd tools/gazetteer && npm ci && node generate.mjs); do not edit by hand.',
  licence: 'Names from i18n-iso-countries (Apache-2.0) and countries-list (MIT); overlay.json is the project\'s own.',
  sources: [
    { name: 'i18n-iso-countries', version: version('i18n-iso-countries'), licence: 'Apache-2.0', use: 'ISO 3166-1 alpha-2 codes (plus XK), English names and alternates, names in ' + foreignLanguages.join(', ') },
    { name: 'countries-list', version: version('countries-list'), licence: 'MIT', use: 'English short names, native names, capitals, aliases' },
    { name: 'tools/gazetteer/overlay.json', version: 'in repository', licence: 'project', use: 'demonyms, former names, cities, metonyms, name overrides, ambiguity flags, blockers, context words' },
  ],
  aliasFields: 'text: surface form; kind: name|official|alt|former|demonym|city|metonym|native; lang: ISO 639-1 when not English; caseSensitive: letters must match case as written (US never matches "us"); ambiguous: person|us-state|common-word|needs-support, checked against context by the matcher.',
  notes: [overlay._jerusalem, overlay._congo],
  rules: overlay.rules,
  blockers: overlay.blockers,
  countries: codes.map((code) => ({ code, name: names.get(code), aliases: [...candidates.get(code).values()] })),
};
writeFileSync(output, JSON.stringify(result, null, 1) + '\n');
console.log(`${codes.length} countries, ${result.countries.reduce((n, c) => n + c.aliases.length, 0)} aliases, ${conflicts.length} shared names resolved`);
if (process.argv.includes('--verbose')) console.log(conflicts.join('\n'));
