import { US_STATES } from '../../knowledge/us-states';
import type { Doc, Sentence } from '../types';

// another state named in the same sentence, or what only the state has: its cities, its politicians, its districts
const OTHER_STATE = new RegExp(`\\b(?:${US_STATES.filter((s) => s !== 'Georgia').join('|')})\\b`);
const STATE_CUE =
  /\b(?:Atlanta|Savannah|Augusta|Macon|Athens, Georgia|Fulton County|Warnock|Ossoff|Kemp|Raffensperger|Isakson|Carter|Gov\.|Governor|Senators?|Congress(?:man|woman|ional)|runoff|[Ss]tate of Georgia|Georgia's \d+\w* (?:Congressional )?District|Georgians)\b|\bGeorgia,? (?:GA|Ga\.)/;
// what only the country has, in the sentence: its capital and neighbours, its government, the bodies it seeks to join
const COUNTRY_CUE =
  /\b(?:Tbilisi|Batumi|Caucas(?:us|ian)|Abkhaz(?:ia)?|Ossetia|Georgian(?!s)|Ukraine|Moldova|Armenia|Azerbaijan|Belarus|Russia|Kremlin|EU|European|NATO|Black Sea|[Gg]overnment of Georgia|Georgia's government|[Rr]epublic of Georgia|relations?(?:hip)? with Georgia|sovereignty|territorial integrity)\b/;
// cues strong enough to read the whole article abroad: the capital, the region, its parties and leaders
const DOCUMENT_CUE =
  /\b(?:Tbilisi|Caucasus|Abkhazia|South Ossetia|Georgian Dream|Georgian (?:government|people|Parliament|parliament|Prime Minister|President)|Kobakhidze|Zourabichvili|Zurabishvili|Garibashvili|Saakashvili|Kavelashvili|[Rr]epublic of Georgia)\b/;

/**
 * Reads "Georgia" as the US state unless the text says the country: a sentence that names another state or one of
 * the state's cities or politicians is the state's; one naming Tbilisi, the Caucasus, Georgia's neighbours or
 * government is the country's; otherwise the whole article decides, the state unless it holds a strong foreign cue.
 */
export function georgiaIsCountry(doc: Doc, sentence: Sentence | undefined): boolean {
  const text = sentence ? doc.norm.slice(sentence.start, sentence.end) : '';
  if (STATE_CUE.test(text) || OTHER_STATE.test(text)) return false;
  if (COUNTRY_CUE.test(text)) return true;
  return DOCUMENT_CUE.test(doc.norm);
}
