import { tokenize } from '../../text/tokens';
import type { Doc, LinkedMention } from '../types';

const CONTAINERS = new Set(['Location', 'Organization', 'Event']);

/**
 * People of the article named inside the name of a place, an organisation or an event ("George Washington" in "George
 * Washington Bridge", "Jack London" in "Jack London Square"), as `nested` mentions of that person: only full names
 * (two words or more) the article also gives as a person's name, since a lone surname opens many names ("Ford Motor").
 */
export function findNestedPeople(doc: Doc, mentions: readonly LinkedMention[]): LinkedMention[] {
  const people = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'name' || doc.entities.get(m.entity)?.type !== 'Person') continue;
    const form = doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');
    if (form.includes(' ')) people.set(form, m.entity);
  }
  if (people.size === 0) return [];
  const out: LinkedMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name' || !CONTAINERS.has(doc.entities.get(m.entity)?.type ?? '')) continue;
    const tokens = tokenize(doc.norm.slice(m.start, m.end), m.start);
    for (let i = 0; i < tokens.length; i++) {
      // the longest run of words from here that is a person's full name, short of the whole name
      for (let n = tokens.length - (i === 0 ? 1 : 0) - i; n >= 2; n--) {
        const first = tokens[i];
        const last = tokens[i + n - 1];
        if (!first || !last) continue;
        const id = people.get(doc.norm.slice(first.start, last.end).replace(/\s+/g, ' '));
        if (!id) continue;
        out.push({ start: first.start, end: last.end, kind: 'nested', entity: id });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
