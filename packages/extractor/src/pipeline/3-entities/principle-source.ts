import { slugify } from '../../text/slug';
import type { Candidate, Doc } from '../types';

// "the principle of cyber sovereignty", "the concept of X": a lower-case named principle
const QUALIFIED_RE =
  /\b(?:principle|concept|idea|notion|doctrine|policy|strategy|rules?) of ((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+)/gi;
const STOP = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'all',
  'this',
  'that',
  'and',
  'or',
  'is',
  'are',
  'was',
  'has',
  'have',
  'can',
  'will',
  'would',
  'should',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'as',
  'at',
  'be',
  'not',
]);

function trimPhrase(raw: string): string | undefined {
  const words = raw.split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if (STOP.has(w.toLowerCase())) break;
    kept.push(w);
  }
  // "the idea of standing up to aggressors": a verb phrase names no principle
  if (/ing$/.test(kept[0] ?? '')) return undefined;
  return kept.length >= 2 ? kept.join(' ') : undefined;
}

/** Candidate source: named principles the text keeps qualifying ("the principle of cyber sovereignty"). */
export function principleCandidates(doc: Doc): Candidate[] {
  const qualified = new Map<string, number>();
  QUALIFIED_RE.lastIndex = 0;
  for (let m = QUALIFIED_RE.exec(doc.norm); m; m = QUALIFIED_RE.exec(doc.norm)) {
    const phrase = trimPhrase(m[1] ?? '');
    if (phrase) qualified.set(phrase.toLowerCase(), (qualified.get(phrase.toLowerCase()) ?? 0) + 1);
  }
  const out: Candidate[] = [];
  for (const [phrase, count] of qualified) {
    const re = new RegExp(`\\b${phrase.replace(/[-]/g, '\\-')}\\b`, 'gi');
    const spans: { start: number; end: number }[] = [];
    for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm))
      spans.push({ start: m.index, end: m.index + m[0].length });
    if (count < 2 && !(count >= 1 && spans.length >= 3)) continue;
    for (const s of spans) {
      out.push({
        ...s,
        type: 'Policy',
        mention: 'name',
        priority: 30,
        source: 'principle',
        id: `policy:${slugify(phrase)}`,
        name: phrase,
      });
    }
  }
  return out;
}
