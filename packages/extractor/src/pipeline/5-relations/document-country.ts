import { isSupranational } from '../../knowledge/regions';
import { regionAt } from '../1-layout/regions';
import type { Doc, LinkedMention, Sentence } from '../types';
import { isNewsAgency } from './dateline';
import { isEncyclopaedic } from './encyclopaedic';

/** A document needs this many sentences before its one country is taken as the setting of everything in it. */
const MIN_SENTENCES = 3;
const PLACEABLE = new Set(['Location', 'Organization']);
const CONFIDENCE = 0.5;
const DEMONYM_CONFIDENCE = 0.4;

function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  return doc.sentences.find((s) => s.start <= offset && offset < s.end);
}

/** The single country a document mentions, when it mentions exactly one, and whether it names it (not only "French"). */
function onlyCountry(doc: Doc): { id: string; named: boolean } | undefined {
  const countries = new Set<string>();
  for (const m of doc.mentions) if (doc.entities.get(m.entity)?.type === 'Country') countries.add(m.entity);
  const [id] = [...countries];
  if (countries.size !== 1 || !id) return undefined;
  return { id, named: doc.mentions.some((m) => m.entity === id && m.kind === 'name') };
}

/**
 * Only in an encyclopaedic lead (never news, where it placed "SEC" in Canada and every agency in the United States),
 * a multi-sentence document that mentions one country and no other sets its places and organisations there:
 * "Harrogate … in England, United Kingdom" makes every town of the article LOCATED_IN the United Kingdom.
 * Evidence runs from the entity's first name mention to the nearest sentence naming the country.
 */
export function documentCountryRelations(doc: Doc): void {
  if (doc.sentences.length < MIN_SENTENCES || !isEncyclopaedic(doc)) return;
  const only = onlyCountry(doc);
  if (!only) return;
  const country = only.id;
  // a country met only as an adjective ("a French city") is a weaker cue than one named outright
  const confidence = only.named ? CONFIDENCE : DEMONYM_CONFIDENCE;
  // a dateline's place, a headline's words and a sign-off's agency are not the story's: they are never evidence
  const story = doc.mentions.filter((m) => !regionAt(doc, m.start));
  const countryMentions = story.filter((m) => m.entity === country);
  if (countryMentions.length === 0) return;
  const first = new Map<string, LinkedMention>();
  for (const m of story) if (m.kind === 'name' && !first.has(m.entity)) first.set(m.entity, m);
  for (const [id, m] of first) {
    const e = doc.entities.get(id);
    if (!e || !PLACEABLE.has(e.type) || e.kind === 'igo' || isSupranational(e.name) || isNewsAgency(e)) continue;
    if (doc.relations.some((r) => r.subject === id && r.predicate === 'LOCATED_IN' && r.object === country)) continue;
    const near = countryMentions.reduce((a, b) => (Math.abs(b.start - m.start) < Math.abs(a.start - m.start) ? b : a));
    const s1 = sentenceAt(doc, Math.min(m.start, near.start));
    const s2 = sentenceAt(doc, Math.max(m.start, near.start));
    if (!s1 || !s2) continue;
    doc.relations.push({
      subject: id,
      predicate: 'LOCATED_IN',
      object: country,
      confidence,
      attributes: { rule: 'document-country' },
      evidence: { start: s1.start, end: s2.end, text: doc.text.slice(s1.start, s2.end) },
    });
  }
}
