import type { LinkedMention } from '../types';
import type { GuardView } from './guard-view';

/** "Ann Lee will serve as the next Director of the Fund": a post announced for later is not held yet. */
const TO_COME =
  /\b(?:will|would|is\s+(?:set|expected|slated|poised)\s+to|are\s+(?:set|expected)\s+to)\s+(?:(?:serve|act)\s+as|become|be\s+the\s+(?:next|new)|take\s+(?:over|up)|succeed)\b/i;

/**
 * Why a person and a body in one sentence hold no post between them however a rule paired them: they sit in two items
 * of a semicolon list ("the county executive, Ann Lee; president of Acme University, Jo Park"), the post is announced
 * for later, or the post before the person is the apposition of someone named before it ("Jo Park, Director of the
 * Fund, Ann Lee, …").
 */
export function holdsNoPostHere(view: GuardView, person: LinkedMention, body: LinkedMention): boolean {
  const [first, last] = person.start < body.start ? [person, body] : [body, person];
  const between = view.doc.norm.slice(first.end, last.start);
  if (between.includes(';')) return true;
  if (person.start < body.start) return TO_COME.test(between);
  return isOthersApposition(view, person, body);
}

/** "Jo Park, Chief Operating Officer of the Fund, Ann Lee, …": the post between the body and Ann Lee is Jo Park's. */
function isOthersApposition(view: GuardView, person: LinkedMention, body: LinkedMention): boolean {
  if (!/^,\s*$/.test(view.doc.norm.slice(body.end, person.start))) return false;
  const before = view.mentions.filter((m) => m.end <= body.start && m.start >= view.sentence.start).pop();
  if (!before || before.entity === person.entity || view.doc.entities.get(before.entity)?.type !== 'Person')
    return false;
  return /^,\s+[^,;]{2,100}$/.test(view.doc.norm.slice(before.end, body.start));
}
