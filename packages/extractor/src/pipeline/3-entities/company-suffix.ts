import type { Candidate, Doc } from '../types';
import { flat } from '../../text/flat';

// "James Capel and Co", "Jardine Fleming & Co.", "Acme, Inc.": a suffix that makes the name before it a company's
const SUFFIX_AFTER = /^(?:,? (?:and|&) Co\b\.?|,? (?:Inc|Ltd|Corp|Plc|PLC|LLC|AG|NV|GmbH|Bhd|Pty Ltd)\b\.?)/;

/**
 * Extends a name followed by a company suffix over it and types it a company, so that "James Capel and Co" is one
 * firm rather than a person and a stray "Co"; spans the suffix swallows give way.
 */
export function attachCompanySuffixes(doc: Doc, candidates: Candidate[]): Candidate[] {
  let out = candidates;
  for (const c of candidates) {
    if (c.mention !== 'name' || (c.type !== 'Person' && c.type !== 'Organization')) continue;
    const m = SUFFIX_AFTER.exec(flat(doc.norm.slice(c.end, c.end + 16)));
    if (!m) continue;
    const end = c.end + m[0].length;
    const inside = out.filter((o) => o !== c && o.start >= c.end && o.start < end);
    if (inside.some((o) => o.end > end)) continue;
    const grown: Candidate = {
      start: c.start,
      end,
      type: 'Organization',
      kind: 'company',
      mention: 'name',
      priority: c.priority,
      source: c.source,
    };
    out = out.filter((o) => o !== c && !inside.includes(o)).concat(grown);
  }
  return out === candidates ? candidates : out.sort((a, b) => a.start - b.start);
}
