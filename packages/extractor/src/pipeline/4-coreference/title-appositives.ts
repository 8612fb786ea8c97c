import { honorificForms } from '@newsgraph/schema';
import { LOOSE_NAME_TITLES, NAME_TITLES } from '../../knowledge/titles';
import type { Doc, LinkedMention } from '../types';

const HONORIFICS = new Set(honorificForms());
// capitalised titles that head a title of office or rank ("Governor of Virginia", "2nd Earl of Clare"), longest first
const TITLES = [...new Set([...NAME_TITLES, ...LOOSE_NAME_TITLES])]
  .filter((t) => !HONORIFICS.has(t) && /^\p{Lu}[\p{L} -]+$/u.test(t))
  .sort((a, b) => b.length - a.length)
  .join('|');
// a word may hold initials ("U.S.") but never takes the full stop that ends the sentence
const WORD = String.raw`\p{Lu}[\p{L}'’-]*(?:\.\p{Lu}\.?)*`;
// a capitalised name that may join its words with "of", "and", "the" ("the Linguistic Society of America")
const NAME = String.raw`${WORD}(?: (?:(?:of|and|for|the|&) )*${WORD})*`;
const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th) )?`;
const OFFICE = String.raw`${ORDINAL}(?:${TITLES}) of (?:the )?${NAME}`;
// "Norton, Emperor of the United States", "Cuccinelli, Virginia's Attorney General": the title follows the name
const AFTER = new RegExp(String.raw`^, (?:the )?(${OFFICE}|${WORD}(?: ${WORD})?'s (?:${TITLES}))(?![\p{L}\d])`, 'u');
// "the King of Athens, Theseus": the title comes first
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\d])(${OFFICE}), $`, 'u');

const isPerson = (doc: Doc, m: LinkedMention): boolean =>
  m.kind === 'name' && doc.entities.get(m.entity)?.type === 'Person';

/** The sentence span holding an offset, so that a title never runs into the next sentence. */
function sentenceAround(doc: Doc, at: number): { start: number; end: number } | undefined {
  return doc.sentences.find((s) => s.start <= at && at <= s.end);
}

/**
 * Links a title of office or rank set beside a person's name as an apposition ("John FitzGibbon, 2nd Earl of Clare",
 * "the King of Athens, Theseus") to that person as a nominal mention, since the title names them there; a title the
 * tagger read as a name of its own ("Earl of Clare") is no organisation, and no person but the one it names. Places named
 * inside the title keep their mentions.
 */
export function addTitleAppositives(doc: Doc, mentions: LinkedMention[]): LinkedMention[] {
  const added: LinkedMention[] = [];
  // the words of each title that name the office itself ("Earl" of "2nd Earl of Clare", "Attorney General")
  const offices: { start: number; end: number }[] = [];
  const norm = doc.norm.replace(/\s/g, ' ');
  const add = (start: number, title: string, entity: string): void => {
    added.push({ start, end: start + title.length, kind: 'nominal', entity });
    const of = title.indexOf(' of ');
    const owner = title.indexOf("'s ");
    offices.push(of >= 0 ? { start, end: start + of } : { start: start + owner + 3, end: start + title.length });
  };
  for (const m of mentions) {
    if (!isPerson(doc, m)) continue;
    const sentence = sentenceAround(doc, m.start);
    if (!sentence) continue;
    const after = AFTER.exec(norm.slice(m.end, sentence.end));
    if (after?.[1]) add(m.end + after[0].length - after[1].length, after[1], m.entity);
    const before = BEFORE.exec(norm.slice(sentence.start, m.start));
    if (before?.[1]) add(m.start - 2 - before[1].length, before[1], m.entity);
  }
  if (added.length === 0) return mentions;
  // a name over the office's words ("Earl of Clare") is the title misread: no organisation, and no person but the holder
  const holder = (o: LinkedMention): string | undefined => {
    if (o.kind !== 'name') return undefined;
    const i = offices.findIndex((t) => o.start < t.end && t.start < o.end);
    return i >= 0 ? added[i]?.entity : undefined;
  };
  const kept: LinkedMention[] = [];
  for (const o of mentions) {
    const type = doc.entities.get(o.entity)?.type;
    const by = type === 'Organization' || type === 'Person' ? holder(o) : undefined;
    if (by === undefined || by === o.entity) kept.push(o);
    else if (type === 'Person') kept.push({ ...o, entity: by });
  }
  return [...kept, ...added];
}
