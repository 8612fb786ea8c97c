import type { Doc, EntityDraft, LinkedMention } from '../types';
import { mergeEntity } from './merge-names';

// "(also) known as", "better known by her pseudonym": the name after it is another name of the one before it
const KNOWN_AS =
  /\b(?:(?:also|better|commonly|popularly|sometimes|widely|professionally|otherwise) )?known (?:as|by (?:his|her|their|its) (?:pseudonym|stage name|pen name|nickname|ring name|nom de plume)) (?:the )?["“'‘]?/g;
// a parenthesis or a comma may stand between a name and its other name ("Natsu Higuchi (…), also known as"), and a
// person's name may go on with the place they are "of" ("Theodorus of Tabennese (c. 314 – 368), also known as")
const BRIDGE = /(?: of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)?(?:\s*\([^()]*\))?\s*,?\s*$/u;

/** The name mention that ends `at` (spaces aside), if any. */
function nameEndingAt(mentions: readonly LinkedMention[], text: string, at: number): LinkedMention | undefined {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return mentions.find((m) => m.kind === 'name' && m.end === end);
}

/** True when one entity may be another's other name: the same type, or two names of places and organisations. */
function compatible(a: EntityDraft, b: EntityDraft): boolean {
  if (a.type === b.type) return true;
  const loose = (e: EntityDraft): boolean => e.type === 'Location' || e.type === 'Organization';
  return loose(a) && loose(b);
}

/**
 * Folds the names an article gives as other names of one it has just named ("Jane Roe (born 1950), better known by
 * her stage name Janey Rhodes"; "Isfahan (also known as Esfahan)"; "X, also known as Y and Z") into one entity, the one
 * with more mentions keeping its name.
 */
export function mergeKnownAs(doc: Doc, mentions: LinkedMention[]): void {
  const text = doc.norm;
  KNOWN_AS.lastIndex = 0;
  for (let k = KNOWN_AS.exec(text); k; k = KNOWN_AS.exec(text)) {
    const after = k.index + k[0].length;
    const alias = mentions.find((m) => m.kind === 'name' && m.start === after);
    if (!alias) continue;
    // the paragraph so far (a sentence splitter may cut at "(c. 314"): the name stands close before the phrase
    const from = Math.max(text.lastIndexOf('\n', k.index - 1) + 1, k.index - 300);
    const head = text.slice(from, k.index);
    // "Isfahan (Persian: …, also known as Esfahan)": the name before the open parenthesis
    const open = head.lastIndexOf('(');
    const inside = open >= 0 && !head.slice(open).includes(')');
    const bridge = inside ? undefined : BRIDGE.exec(head);
    const at = from + (inside ? open : (bridge?.index ?? head.length));
    const named = nameEndingAt(mentions, text, at);
    if (!named) continue;
    // "also known as Abba Theodorus and Theodore the Sanctified": each of the names listed
    const aliases = [alias];
    const and = /^ (?:and|or) /.exec(text.slice(alias.end, alias.end + 5));
    const next = and ? mentions.find((m) => m.kind === 'name' && m.start === alias.end + and[0].length) : undefined;
    if (next) aliases.push(next);
    for (const a of aliases) {
      const from = doc.entities.get(a.entity);
      const to = doc.entities.get(named.entity);
      if (!from || !to || from === to || !compatible(from, to)) continue;
      const count = (e: EntityDraft): number => mentions.filter((m) => m.entity === e.id).length;
      if (count(from) > count(to)) mergeEntity(doc.entities, mentions, to, from);
      else mergeEntity(doc.entities, mentions, from, to);
    }
  }
}
