import { lookupCountry } from '../../knowledge/countries';
import { isKnownPlace } from '../../knowledge/lexicon';
import type { Doc, LinkedMention } from '../types';

// "Thanks, Jeff." / "Go ahead, Peter?" – a name closing a sentence after a comma
const CLOSING = { before: /,\s*$/, after: /^["')\]]?\s*(?:[.?!]|,\s*go ahead\b)/ };
// "Peter, go ahead." / "Jen?" – a name opening a line or turn
const OPENING = { before: /(?:^|\n)[ \t]*$/, after: /^\s*[,.?!]/ };
// "Let me go to Jeff" – the briefer handing the floor
const HANDING = /\b(?:go|come|back|over|turn) to\s+$/;

function isVocative(doc: Doc, m: LinkedMention): boolean {
  const before = doc.norm.slice(Math.max(0, m.start - 30), m.start);
  const after = doc.norm.slice(m.end, m.end + 16);
  return (
    (CLOSING.before.test(before) && CLOSING.after.test(after)) ||
    (OPENING.before.test(before) && OPENING.after.test(after)) ||
    HANDING.test(before)
  );
}

/**
 * In a transcript, a lone first name used only to address someone ("Thanks, Jeff.", "Go ahead, Peter.") names a
 * reporter or colleague the document never identifies; it is dropped rather than left as a person (or, as the tagger
 * often has it, a place) called "Jeff". Names written in full elsewhere were linked to their person before this.
 */
export function dropVocatives(doc: Doc): Doc {
  if (!doc.turns || doc.turns.length === 0) return doc;
  const byEntity = new Map<string, LinkedMention[]>();
  for (const m of doc.mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  const dropped = new Set<string>();
  for (const [id, mentions] of byEntity) {
    const e = doc.entities.get(id);
    if (!e || e.name.includes(' ') || (e.type !== 'Person' && e.type !== 'Location')) continue;
    if (e.type === 'Location' && (isKnownPlace(e.name.toLowerCase()) || lookupCountry(e.name))) continue;
    const names = mentions.filter((m) => m.kind === 'name');
    if (names.length > 0 && names.every((m) => isVocative(doc, m))) dropped.add(id);
  }
  if (dropped.size > 0) doc.mentions = doc.mentions.filter((m) => !dropped.has(m.entity));
  return doc;
}
