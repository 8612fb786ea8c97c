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
  'nation',
  'nations',
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
  // posts in the White House's shorthand, named without their holder ("@POTUS", "FLOTUS")
  'potus',
  'flotus',
  'vpotus',
  'e.o.',
  'eo',
  // the deity of closing formulas ("God bless you", "in the year of our Lord")
  'god',
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

/** True when the span names nothing one could cite: a generic capitalised word, or a country's post without its holder. */
export function isGenericName(text: string, type: Candidate['type']): boolean {
  const flat = text.replace(/\s+/g, ' ').replace(/^the /i, '');
  const lower = flat.toLowerCase();
  if (GENERIC.has(lower) || (type !== 'Person' && PEOPLES_COLOURS.has(lower))) return true;
  const post = COUNTRY_POST.exec(flat);
  return post !== null && lookupCountry(post[1] ?? '') !== undefined;
}

/** Drops name candidates of any type that are generic words ("Federal", "Independence", "Executive Order", "AI"). */
export function dropGenericWords(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.mention !== 'name' || !isGenericName(doc.norm.slice(c.start, c.end), c.type));
}
