import { nameText } from '../../text/name-text';
import { addAcronyms } from './acronyms';
import { mergeCrossTypeShortNames } from './cross-type-short-forms';
import { mergeKnownAs } from './known-as';
import { linkCandidates } from './link-candidates';
import { mergeAcronymEntities, mergeShortNames } from './merge-names';
import { findNestedPeople } from './nested-people';
import { findNestedPlaces } from './nested-places';
import { addNominals } from './nominals';
import { addPronouns } from './pronouns';
import { addShortForms } from './short-forms';
import { addTitleAppositives } from './title-appositives';
import { dropVocatives } from './vocatives';
import type { Doc, LinkedMention } from '../types';

/** The steps that add mentions of entities already found, in the order they run: each sees the ones before. */
export const MENTION_STEPS: readonly ((doc: Doc, mentions: LinkedMention[]) => LinkedMention[])[] = [
  addShortForms,
  addAcronyms,
  addTitleAppositives,
  addPronouns,
  addNominals,
];

/** Every name mention's surface form that differs from its entity's name becomes an alias; anaphors do not. */
function collectAliases(doc: Doc): void {
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.entity);
    const surface = nameText(doc.text, m.start, m.end);
    // Anaphors ("he", "the ministry") refer back to a name; they are not other names of it.
    // A person's title ("Governor of Virginia") describes them; it is no name another article could mean them by.
    const anaphor = m.kind === 'pronoun' || (m.kind === 'nominal' && (/^the /i.test(surface) || e?.type === 'Person'));
    if (e && !anaphor && surface !== e.name) e.aliases.add(surface);
  }
}

/**
 * Stage 4: gives every candidate its canonical entity, merges short and acronym names into the entities they stand for,
 * adds short forms, acronyms, pronouns and nominals, then drops the vocatives of transcripts.
 */
export function resolveCoreference(doc: Doc): Doc {
  const linked = linkCandidates(doc);
  mergeKnownAs(doc, linked);
  mergeShortNames(doc.entities, linked, doc.norm);
  mergeCrossTypeShortNames(doc, linked);
  mergeAcronymEntities(doc.entities, linked);
  const mentions = MENTION_STEPS.reduce((sofar, step) => step(doc, sofar), linked);
  doc.mentions = mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const people = findNestedPeople(doc, doc.mentions);
  // "Washington" inside the "George Washington" of "George Washington Bridge" is the person's name, not the place
  const places = findNestedPlaces(doc, doc.mentions).filter(
    (p) => !people.some((q) => q.start <= p.start && p.end <= q.end),
  );
  doc.nested = [...places, ...people];
  collectAliases(doc);
  return dropVocatives(doc);
}
