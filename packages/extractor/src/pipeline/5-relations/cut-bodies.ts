import { usFederalBody } from '../../knowledge/us-federal';
import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import type { GuardView } from './guard-view';

/** A company suffix closes a firm's name, so "of Gary" after "Acme Corp." places the firm rather than naming it. */
const CLOSED_BY_SUFFIX = /\b(?:Corp|Corporation|Co|Inc|Ltd|LLC|LLP|PLC|plc|AG|SA|NV|GmbH)\.?$/;

/**
 * "CEO of the Harbor Democratic Council of America", "Minister of Coastal Affairs of Norway", "Majority for Ohio": a
 * body whose mention is followed by "of"/"for" and a place is cut from a longer name, so a post there names no real
 * body.
 */
export function bodyNameGoesOn(view: GuardView, o: LinkedMention): boolean {
  const entity = view.doc.entities.get(o.entity);
  if (entity?.type !== 'Organization') return false;
  if (CLOSED_BY_SUFFIX.test(view.doc.norm.slice(o.start, o.end)) || CLOSED_BY_SUFFIX.test(entity.name)) return false;
  const joint = /^\s+(?:of|for)\s+(?:the\s+)?/.exec(
    view.doc.norm.slice(o.end, Math.min(view.sentence.end, o.end + 16)),
  );
  if (!joint) return false;
  const at = o.end + joint[0].length;
  const next = view.mentions.find((m) => m.start === at && m.kind === 'name');
  const place = next ? view.doc.entities.get(next.entity) : undefined;
  // "the Supreme Court of the United States": a federal body's own name is whole, its country an addition
  if (place?.type === 'Country' && place.name === 'United States' && usFederalBody(entity.name)) return false;
  return place?.type === 'Country' || place?.type === 'Location';
}

const TITLE_WORD = new RegExp(`^(?:${NAME_TITLE_RE_SOURCE})$`);

/** Types whose names run on over an "and" ("Trade and Technology Council", "Science and Innovation Act"). */
const AND_NAMED = new Set(['Organization', 'Policy', 'Event']);

/**
 * "the U.S.-EU Trade and Technology Council" read as "Technology Council": a name right after a capitalised word and
 * "and" that no mention covers is the tail of a longer name, cut at its "and".
 */
export function isCutAtAnd(view: GuardView, m: LinkedMention): boolean {
  if (m.kind !== 'name' || !AND_NAMED.has(view.doc.entities.get(m.entity)?.type ?? '')) return false;
  const before = /(\p{Lu}[\p{L}.'’-]*)\s+(?:and|&)\s+$/u.exec(
    view.doc.norm.slice(Math.max(view.sentence.start, m.start - 40), m.start),
  );
  // "the Vice President and Treasury Secretary Janet Yellen": a title before the "and" ends a name of its own
  if (!before || TITLE_WORD.test(before[1] ?? '')) return false;
  const wordEnd = m.start - before[0].length + (before[1]?.length ?? 0);
  return !view.mentions.some((n) => n.start < wordEnd && wordEnd <= n.end);
}
