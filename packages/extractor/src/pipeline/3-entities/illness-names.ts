import type { Candidate, Doc } from '../types';

// the words that make a name an illness's or a virus strain's ("Havana syndrome", "Zika virus", "Delta variant")
const ILLNESS_AFTER =
  /^[ \t]+(?:syndrome|disease|virus|fever|flu|variant|subvariant|sub-variant|strain|sublineage)s?\b/i;
// the Greek letters the WHO named the coronavirus's variants by: "the effect of Delta", "Omicron is spreading"
const VARIANT_LETTER = /^(?:Alpha|Beta|Gamma|Delta|Epsilon|Lambda|Mu|Omicron)$/;
const PANDEMIC_TALK = /\b(?:variants?|COVID(?:-19)?|coronavirus|pandemic|vaccines?|booster)\b/i;
// a town of that name is written with its state or country after it: "Delta, Colorado"
const PLACE_AFTER = /^,[ \t]*\p{Lu}/u;
const ILLNESS_END = /\s(?:Syndrome|Disease|Virus|Fever|Flu)$/;
// an illness's short form given in brackets after it: "Sickle Cell Disease (SCD)"
const ILLNESS_BEFORE_ACRONYM = /\s(?:Syndrome|Disease|Virus|Fever|Flu|syndrome|disease|virus|fever)\s*\($/;

/**
 * A variant named by its Greek letter in a text about the pandemic is a virus, not a place or a body; a place or a body named in an illness's name ("Havana" of "Havana syndrome") is the illness, which is no person,
 * body or place; a country the sources know by its id ("China virus") is left to them.
 */
export function isIllnessName(doc: Doc, c: Candidate, text: string): boolean {
  if (c.id) return false;
  if (
    c.type !== 'Person' &&
    VARIANT_LETTER.test(text) &&
    PANDEMIC_TALK.test(doc.norm) &&
    !PLACE_AFTER.test(doc.norm.slice(c.end, c.end + 3))
  )
    return true;
  return (
    ILLNESS_END.test(text) ||
    ILLNESS_AFTER.test(doc.norm.slice(c.end, c.end + 12)) ||
    (/^\p{Lu}{2,6}$/u.test(text) && ILLNESS_BEFORE_ACRONYM.test(doc.norm.slice(Math.max(0, c.start - 12), c.start)))
  );
}
