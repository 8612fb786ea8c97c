import { lookupCountry } from '../../knowledge/countries';
import { isKnownOrganisation, isKnownPlace } from '../../knowledge/lexicon';
import type { Doc, EntityDraft, LinkedMention } from '../types';
import { distinctiveFirstWord } from './distinctive-words';
import { mergeEntity } from './merge-names';

// an institution's distinctive first word stands for it alone ("Harvard" of Harvard University)
const INSTITUTION_HEAD =
  /\b(?:University|College|School|Academy|Institute|Conservatory|Seminary|Polytechnic|Airlines?|Airways)$/;

/** True when no lexicon vouches for the word as a place, an organisation or a country: its type is the tagger's guess. */
function unvouched(word: string): boolean {
  const lower = word.toLowerCase();
  return !isKnownPlace(lower) && !isKnownOrganisation(lower) && !lookupCountry(word);
}

// "the city of Jeonju": a place named as one
const PLACE_BEFORE = /\b(?:city|town|village|county|province|state|region|island) of $/i;

/**
 * True when the article writes the word as a place ("Syracuse, New York"; "the city of Jeonju"), which the town an
 * institution is named after is ("Lakefield College School in Lakefield, Ontario").
 */
function writtenAsPlace(doc: Doc, mentions: readonly LinkedMention[], id: string): boolean {
  return mentions.some((m) => {
    if (m.entity !== id) return false;
    if (PLACE_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 20), m.start))) return true;
    const comma = /^,\s*/.exec(doc.norm.slice(m.end, m.end + 4));
    if (!comma) return false;
    const next = mentions.find((n) => n.start === m.end + comma[0].length);
    const type = next ? doc.entities.get(next.entity)?.type : undefined;
    return type === 'Location' || type === 'Country';
  });
}

/** The one entity of the article a lone word typed otherwise is the short form of, if exactly one fits. */
function fullFormOf(e: EntityDraft, all: readonly EntityDraft[], entities: Map<string, EntityDraft>): EntityDraft[] {
  const word = e.name;
  return all.filter((f) => {
    if (f === e || !entities.has(f.id) || f.type === e.type) return false;
    const parts = f.name.split(' ');
    if (parts.length < 2) return false;
    // "Euler" typed an organisation beside Leonhard Euler is his surname
    if (e.type === 'Organization' && f.type === 'Person') return parts.at(-1) === word;
    // "Harvard" typed a place beside Harvard University is the university
    if (e.type === 'Location' && f.type === 'Organization')
      return parts[0] === word && distinctiveFirstWord(word) && INSTITUTION_HEAD.test(f.name);
    return false;
  });
}

/**
 * Folds a one-word name whose type is only the tagger's guess into the article's one longer name of another type that
 * it is the short form of: a surname typed an organisation into the person ("Euler", Leonhard Euler), an institution's
 * first word typed a place into the institution ("Harvard", Harvard University), unless the article writes it as a
 * place. Words a lexicon knows as a place or an organisation ("Washington", "Ford") keep their own entity.
 */
export function mergeCrossTypeShortNames(doc: Doc, mentions: LinkedMention[]): void {
  const entities = doc.entities;
  const all = [...entities.values()];
  for (const e of all) {
    if (!entities.has(e.id) || e.kind || e.name.includes(' ')) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(e.name) || !unvouched(e.name)) continue;
    if (e.type === 'Location' && writtenAsPlace(doc, mentions, e.id)) continue;
    const fits = fullFormOf(e, all, entities);
    const target = fits.length === 1 ? fits[0] : undefined;
    if (target) mergeEntity(entities, mentions, e, target);
  }
}
