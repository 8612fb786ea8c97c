import type { Doc, LinkedMention } from '../types';

// "the ministry", "the agency": a definite head noun that refers back to an organisation named before it.
const NOMINAL_RE =
  /\b[Tt]he (ministry|department|office|agency|commission|administration|council|committee|institute|bureau|company|firm|bank|party|court|university)\b(?! of\b)/g;
/** Heads whose antecedent names them only through a corporate suffix ("Acme Corp." is "the company"). */
const CORPORATE = /\b(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|PLC|plc|Group|Holdings|AG|SA|GmbH|NV)\b\.?/;
const MAX_DISTANCE = 1500;

// One pattern per head noun, compiled once instead of for every candidate antecedent.
const HEAD_IN_NAME = new Map<string, RegExp>();

function names(head: string, name: string): boolean {
  if (head === 'company' || head === 'firm') return CORPORATE.test(name);
  let pattern = HEAD_IN_NAME.get(head);
  if (!pattern) HEAD_IN_NAME.set(head, (pattern = new RegExp(`\\b${head}\\b`, 'i')));
  return pattern.test(name);
}

/**
 * Links "the ministry"-style nominals to the nearest preceding organisation whose name has that head noun, so
 * what "the ministry said" or did reaches the ministry; nominals with no such antecedent stay unlinked.
 */
export function addNominals(doc: Doc, mentions: LinkedMention[]): LinkedMention[] {
  const orgs = mentions
    .filter((m) => m.kind === 'name' && doc.entities.get(m.entity)?.type === 'Organization')
    .sort((a, b) => a.start - b.start);
  if (orgs.length === 0) return mentions;
  const added: LinkedMention[] = [];
  NOMINAL_RE.lastIndex = 0;
  for (let m = NOMINAL_RE.exec(doc.norm); m; m = NOMINAL_RE.exec(doc.norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((t) => t.start < end && start < t.end)) continue;
    const head = (m[1] ?? '').toLowerCase();
    let antecedent: LinkedMention | undefined;
    for (const o of orgs) {
      if (o.end > start) break;
      if (names(head, doc.entities.get(o.entity)?.name ?? '')) antecedent = o;
    }
    if (!antecedent || start - antecedent.end > MAX_DISTANCE) continue;
    added.push({ start, end, kind: 'nominal', entity: antecedent.entity });
  }
  return [...mentions, ...added];
}
