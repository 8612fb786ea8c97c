import { lookupCountry } from '../../knowledge/countries';
import type { Candidate, Doc } from '../types';

/**
 * Capitalised words and phrases that official prose capitalises out of style, not because they name one thing:
 * "Federal agencies", "my Administration", "our Nation's Independence", "an Executive Order", "Black Americans",
 * "God bless America". Lower-cased; a span is generic when the whole of it (without "the") is one of these.
 */
const GENERIC = new Set([
  // adjectives of government and of peoples
  'federal',
  'national',
  'tribal',
  'latino',
  'latina',
  'latinx',
  'hispanic',
  'indigenous',
  'native',
  // common nouns capitalised in proclamations and releases
  'administration',
  'administrations',
  'independence',
  'government',
  'governments',
  'agency',
  'agencies',
  'territories',
  'tribes',
  'tribal nations',
  'homeland',
  'armed forces',
  'executive branch',
  'legislative branch',
  'judicial branch',
  // kinds of instrument, not one instrument an analyst could cite
  'executive order',
  'executive orders',
  'presidential memorandum',
  'proclamation',
  'memorandum',
  'fact sheet',
  'statement',
  'readout',
  'memorandum of understanding',
  'memorandum of agreement',
  'q&a',
  // an industry by its nickname, no one body: "Big Pharma", "Big Oil"
  'big pharma',
  'big oil',
  'big tech',
  'big tobacco',
  // the White House's living quarters, said of the building
  'residence',
  // a proclamation's closing formula ("IN WITNESS WHEREOF, I have hereunto set my hand")
  'witness whereof',
  'in witness whereof',
  // an order's section headings and legal boilerplate: "General Provisions", "Public Law 117-58", "Sec. 2. Within"
  'provisions',
  'general provisions',
  'public law',
  'within',
  // "our Nation" in proclamations is the country said in a capital, no body or place of its own
  'nation',
  // the tail of the security adviser's title ("Assistant to the President for National Security Affairs")
  'national security affairs',
  // posts in the White House's shorthand, named without their holder ("@POTUS", "FLOTUS")
  'potus',
  'flotus',
  'vpotus',
  'e.o.',
  'eo',
  // the deity of closing formulas ("in the year of our Lord", "Almighty God"); "God" alone only in one, below
  'almighty god',
  'almighty',
  'lord',
  'creator',
  // technologies and chemicals, no body that could act
  'ai',
  'a.i.',
  'pfas',
  'internet',
  'web',
]);

// colours of people ("Black Americans", "Black-owned"); a person may carry the name ("Mr. Black")
const PEOPLES_COLOURS = new Set(['black', 'white', 'brown']);

// a post held by a country, named without its holder: "the newly inaugurated Korean President", "French Prime Minister"
const COUNTRY_POST =
  /^(?:the\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)\s+(?:President|Vice\s+President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|Defen[cs]e\s+Minister|King|Queen|Emperor|Ambassador|Government|Administration)$/u;

// "God bless America", "under God", "thank God", "honest to God", "God, we can", "God's truth": a formula or an oath, not the God
// a biography says someone devoted himself to
const DEITY_AFTER =
  /^(?:\s+(?:bless|love|protect|help|save|rest|willing|forbid|knows|speed|keep|grant|watching)\b|-given|,|['’]s\s+(?:truth|sake|honest)\b)/i;
const DEITY_BEFORE =
  /\b(?:under|thank|thanks to|honest to|swear to|help me|my|oh|dear|in|trust in|pray to|prayers? to|grace of|by|Father|praise|bless|of)\s*$/i;

/** True when "God" stands in a formula, an oath or an interjection rather than in what the text tells of. */
function isFormulaDeity(doc: Doc, c: Candidate): boolean {
  if (doc.norm.slice(c.start, c.end) !== 'God') return false;
  return (
    DEITY_AFTER.test(doc.norm.slice(c.end, c.end + 12)) ||
    DEITY_BEFORE.test(doc.norm.slice(Math.max(0, c.start - 14), c.start))
  );
}

// a virus variant by its Greek letter ("the Delta variant", "Delta and Omicron"), no place or body
const VARIANT_LETTER = /^(?:Alpha|Beta|Gamma|Delta|Epsilon|Lambda|Mu|Omicron)$/;
const VARIANT_WORD = /\bvariants?\b/i;

// a kind of body in the plural ends a phrase about many of them, not the name of one: "Federal Advisory Committees"
// ("American Association of Port Authorities" ends on what it gathers, and is one)
const PLURAL_BODY =
  /\s(?:Departments|Offices|Commissions|Agencies|Councils|Committees|Authorities|Bureaus|Ministries)$/;

/** True when the span names nothing one could cite: a generic capitalised word, or a country's post without its holder. */
export function isGenericName(text: string, type: Candidate['type']): boolean {
  const flat = text.replace(/\s+/g, ' ').replace(/^the /i, '');
  const lower = flat.toLowerCase();
  if (GENERIC.has(lower) || (type !== 'Person' && PEOPLES_COLOURS.has(lower))) return true;
  if (type === 'Organization' && PLURAL_BODY.test(flat) && !/ of /.test(flat)) return true;
  const post = COUNTRY_POST.exec(flat);
  return post !== null && lookupCountry(post[1] ?? '') !== undefined;
}

/** Drops name candidates of any type that are generic words ("Federal", "Executive Order", "AI") or a formula's "God". */
export function dropGenericWords(doc: Doc, candidates: Candidate[]): Candidate[] {
  const variants = VARIANT_WORD.test(doc.norm);
  return candidates.filter(
    (c) =>
      c.mention !== 'name' ||
      (!isGenericName(doc.norm.slice(c.start, c.end), c.type) &&
        !isFormulaDeity(doc, c) &&
        !(variants && VARIANT_LETTER.test(doc.norm.slice(c.start, c.end)))),
  );
}
