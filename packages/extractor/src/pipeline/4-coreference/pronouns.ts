import { insideLabel } from '../1-layout/blank-regions';
import type { Doc, LinkedMention } from '../types';

const PRONOUN_RE = /\b(?:he|she|He|She)\b/g;
const MAX_DISTANCE = 600;

/** Links he/she to the nearest preceding person, so quotes by "he said" reach their speaker. */
export function addPronouns(doc: Doc, mentions: LinkedMention[]): LinkedMention[] {
  const persons = mentions
    .filter((m) => doc.entities.get(m.entity)?.type === 'Person' && m.kind === 'name' && !insideLabel(doc.regions, m))
    .sort((a, b) => a.start - b.start);
  if (persons.length === 0) return mentions;
  const added: LinkedMention[] = [];
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(doc.norm); m; m = PRONOUN_RE.exec(doc.norm)) {
    const at = m.index;
    let antecedent: LinkedMention | undefined;
    for (const p of persons) {
      if (p.end > at) break;
      antecedent = p;
    }
    if (!antecedent || at - antecedent.end > MAX_DISTANCE) continue;
    added.push({ start: at, end: at + m[0].length, kind: 'pronoun', entity: antecedent.entity });
  }
  return [...mentions, ...added];
}
