import { isAdminArea, isStateOrProvince } from '../../knowledge/admin-areas';
import { isSupranational } from '../../knowledge/regions';
import type { LinkedMention } from '../types';
import { isCommaList, isModifier } from './comma-list';
import { isGenericBody } from './org-places';
import { emit, gap, typeOf, type SentenceView } from './sentence-view';

/** "Guilderland, Albany County": a comma, optionally a compass qualifier. */
const COMMA = /^,\s+$/;
/** "Botum Park in Phnom Penh", "a school in the Canadian province of Alberta". */
const IN =
  /^,?\s+(?:(?:located|situated|based)\s+)?(?:in|near|at)\s+(?:the\s+)?(?:(?:town|city|village|county|province|state|region|district|municipality|prefecture|country|capital|commune|borough)\s+of\s+)?$/;
/** "Ware in central Massachusetts", "the Gobi desert in Asia", "Gitega in the northern part of Burundi". */
const IN_PART =
  /^\s+(?:(?:desert|plateau|valley|mountains?|river|island|coast|basin|area|region)\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+)?(?:(?:part|region|corner|tip|edge)\s+of\s+(?:the\s+)?)?$/i;
/** Names of sites that sit inside a town: "Hanford Plant, in Richland", "the Palace Theater, in Albany". */
const SITE_NAME =
  /\b(?:Plant|Palace|Center|Centre|Range|Park|Square|Forest|Airport|Hospital|Station|Bridge|Building|Museum|Stadium|Channel|Base|Theater|Theatre|Tower|Hall|Dam|Reactor|Prison|Mine)$/;

const ORG_IN = /^,?\s+(?:(?:located|situated|based|headquartered)\s+)?in\s+$/;

/** A place that contains towns: a country, or a region or administrative area by name. */
function isContainer(view: SentenceView, m: LinkedMention): boolean {
  const t = typeOf(view, m);
  if (t === 'Country') return m.kind === 'name';
  if (t !== 'Location') return false;
  const name = view.doc.entities.get(m.entity)?.name ?? view.doc.text.slice(m.start, m.end);
  return isAdminArea(name) || isSupranational(name);
}

/** A continent or sea contains what is said to be in it, never the next item of a comma list ("Africa, Asia"). */
function isSupranationalPlace(view: SentenceView, m: LinkedMention): boolean {
  return typeOf(view, m) === 'Location' && isSupranational(view.doc.entities.get(m.entity)?.name ?? '');
}

/** "the series “Main Street, Wyoming”": a title in quotation marks that reads like a town and its state names neither. */
function isQuotedTitle(view: SentenceView, a: LinkedMention, b: LinkedMention): boolean {
  const before = view.doc.norm.slice(Math.max(view.sentence.start, a.start - 1), a.start);
  const after = view.doc.norm.slice(b.end, b.end + 2);
  return /["“‘]/.test(before) && /^[,.]?["”’]/.test(after);
}

/**
 * LOCATED_IN through explicit containment: "Los Angeles, California and Detroit, Michigan" (a place followed by a
 * region reads as a chain even inside a list) and "Lakefield College School in Lakefield, Ontario".
 */
export function locationChainRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as LinkedMention;
    const b = ms[i + 1] as LinkedMention;
    if (a.kind === 'pronoun' || b.kind !== 'name') continue;
    const at = typeOf(view, a);
    if (at !== 'Location' && at !== 'Organization') continue;
    const aName = view.doc.entities.get(a.entity)?.name ?? '';
    if (at === 'Organization' && isGenericBody(aName)) continue;
    const g = gap(view, a, b);
    // "McGill University in Montreal": an organisation directly followed by "in" and a place is sited there
    if (at === 'Organization' && ORG_IN.test(g) && (typeOf(view, b) === 'Location' || typeOf(view, b) === 'Country')) {
      if (isModifier(view, b)) continue;
      emit(view, a, 'LOCATED_IN', b, 0.7);
      continue;
    }
    // a named site is inside whatever place it is said to be in, town or region
    if (
      SITE_NAME.test(aName) &&
      IN.test(g) &&
      !/\bnear\b/.test(g) &&
      (typeOf(view, b) === 'Location' || typeOf(view, b) === 'Country')
    ) {
      emit(view, a, 'LOCATED_IN', b, 0.7);
      continue;
    }
    if (!isContainer(view, b)) continue;
    // "Texas, California and Nevada" lists regions: a state or province is only chained to a country
    if (at === 'Location' && isStateOrProvince(aName) && typeOf(view, b) !== 'Country') continue;
    if (isSupranationalPlace(view, b) && COMMA.test(g)) continue;
    if (g.startsWith(',') && isCommaList(view, ms, i, i + 1)) continue;
    if (at === 'Location' && COMMA.test(g)) {
      if (!isQuotedTitle(view, a, b)) emit(view, a, 'LOCATED_IN', b, 0.75);
    } else if (IN.test(g) || IN_PART.test(g)) emit(view, a, 'LOCATED_IN', b, at === 'Organization' ? 0.7 : 0.75);
  }
}
