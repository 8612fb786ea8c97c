import { usFederalBody } from '../../knowledge/us-federal';
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
