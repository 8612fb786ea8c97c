import countries from 'world-countries';

/** A sovereign state as the extractor names it: canonical common name and ISO alpha-2 code. */
export interface CountryInfo {
  code: string;
  name: string;
}

/** How a surface form refers to a country: by a name/alias, or by a demonym ("Chinese"). */
export interface CountryForm {
  country: CountryInfo;
  kind: 'name' | 'demonym';
}

// Aliases that world-countries lacks or spells differently; upper-case ones are allowed only from here.
const EXTRA_ALIASES: Record<string, string> = {
  // "U.S" without its final dot is common in transcripts and typed copy
  US: 'US',
  'U.S.': 'US',
  'U.S': 'US',
  USA: 'US',
  'U.S.A.': 'US',
  America: 'US',
  'United States of America': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  'U.K': 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  UAE: 'AE',
  DPRK: 'KP',
  ROK: 'KR',
  PRC: 'CN',
  "People's Republic of China": 'CN',
  Holland: 'NL',
  Burma: 'MM',
  'Ivory Coast': 'CI',
  'Czech Republic': 'CZ',
  Vatican: 'VA',
  'South Korea': 'KR',
  // news and official prose name the South "Korea" alone; the North is always "North Korea" or the DPRK
  Korea: 'KR',
  'North Korea': 'KP',
  Russia: 'RU',
  'Russian Federation': 'RU',
  Iran: 'IR',
  Syria: 'SY',
  Vietnam: 'VN',
  Turkey: 'TR',
  Laos: 'LA',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Tanzania: 'TZ',
  Moldova: 'MD',
  'the Netherlands': 'NL',
  // short and older names news still uses: Bosnia for Bosnia and Herzegovina, Zaire for the DR Congo before 1997
  Bosnia: 'BA',
  Zaire: 'CD',
  // the spelling wire copy used through the 1990s
  Kazakstan: 'KZ',
};
// Partly recognised states that news treats as countries; every other dependent territory (Hong Kong, Puerto Rico,
// the Faroe Islands) is a place, not a sovereign state.
const STATES_THOUGH_DEPENDENT = new Set(['PS', 'TW', 'XK']);
const EXTRA_DEMONYMS: Record<string, string> = {
  British: 'GB',
  English: 'GB',
  Dutch: 'NL',
  Korean: 'KR',
  'South Korean': 'KR',
  'North Korean': 'KP',
  Emirati: 'AE',
  Filipino: 'PH',
  Argentine: 'AR',
  Saudi: 'SA',
  Israeli: 'IL',
  Palestinian: 'PS',
  Swiss: 'CH',
  Bosnian: 'BA',
  Zairean: 'CD',
  Philippine: 'PH',
};
// Common names that read better than world-countries' own.
const CANONICAL_NAME: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  KR: 'South Korea',
  KP: 'North Korea',
};

let forms: Map<string, CountryForm> | undefined;
let byCode: Map<string, CountryInfo> | undefined;

function build(): Map<string, CountryForm> {
  const map = new Map<string, CountryForm>();
  const codes = new Map<string, CountryInfo>();
  // UN members first so that their names and demonyms win over territories.
  const sorted = [...countries]
    .filter((c) => c.independent || STATES_THOUGH_DEPENDENT.has(c.cca2))
    .sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of sorted) {
    const info: CountryInfo = { code: c.cca2, name: CANONICAL_NAME[c.cca2] ?? c.name.common };
    codes.set(c.cca2, info);
    const add = (form: string, kind: CountryForm['kind']): void => {
      if (form && !map.has(form) && /^[A-Z]/.test(form) && /^[\x20-\x7e]+$/.test(form))
        map.set(form, { country: info, kind });
    };
    add(c.name.common, 'name');
    add(c.name.official, 'name');
    // demonyms before alternative spellings: Thailand lists "Thai" among both, and it is the adjective
    const dem = c.demonyms['eng'];
    if (dem) {
      add(dem.m, 'demonym');
      add(dem.f, 'demonym');
      if (!/(s|ese|ch|sh)$/.test(dem.m)) add(`${dem.m}s`, 'demonym');
    }
    for (const alt of c.altSpellings) if (/[a-z]/.test(alt) && alt.includes(' ') === alt.length > 12) add(alt, 'name');
  }
  for (const [form, code] of Object.entries(EXTRA_ALIASES)) {
    const info = codes.get(code);
    if (info) map.set(form, { country: info, kind: 'name' });
  }
  for (const [form, code] of Object.entries(EXTRA_DEMONYMS)) {
    const info = codes.get(code);
    if (info) map.set(form, { country: info, kind: 'demonym' });
  }
  byCode = codes;
  return map;
}

const SMALL_WORDS = new Set(['And', 'Of', 'The']);

/** "SRI LANKA" → "Sri Lanka": the title-case form of an all-capitals headline phrase, or undefined for other text. */
function fromCapitals(form: string): string | undefined {
  if (!/^[A-Z][A-Z .'-]*[A-Z.]$/.test(form) || !/[A-Z]{3}/.test(form)) return undefined;
  return form
    .toLowerCase()
    .replace(/(^|[ '-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w.toLowerCase() : w))
    .join(' ');
}

/**
 * Looks a surface form up as a country name, alias or demonym; case-sensitive so "us" is never the US, except that
 * an all-capitals headline name ("SRI LANKA") is read as its title-case form; capitals demonyms are too often teams
 * ("INDIANS").
 */
export function lookupCountry(form: string): CountryForm | undefined {
  if (!forms) forms = build();
  const exact = forms.get(form);
  if (exact) return exact;
  const titled = fromCapitals(form);
  const hit = titled ? forms.get(titled) : undefined;
  return hit?.kind === 'name' ? hit : undefined;
}

/** The country for an ISO alpha-2 code. */
export function countryByCode(code: string): CountryInfo | undefined {
  if (!forms) forms = build();
  return byCode?.get(code);
}

/**
 * How many tokens a country form may span, so the matcher knows how far to look ahead: six for "Democratic People's
 * Republic of Korea" ("'s" is a token); longer official names ("United Kingdom of Great Britain and Northern Ireland")
 * are left to their parts, since a tagger's place inside them would drop the whole span.
 */
export const MAX_COUNTRY_TOKENS = 6;
