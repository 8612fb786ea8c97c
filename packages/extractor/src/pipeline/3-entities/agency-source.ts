import { lookupCountry } from '../../knowledge/countries';
import type { Candidate, Doc } from '../types';

// "the Chinese foreign ministry", "China's defense ministry": a country's generic agency in lower case
const AGENCY_RE =
  /\b([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)(?:'s)? (foreign|defen[cs]e|commerce|finance|interior|justice|education|health|trade|state security|public security|foreign affairs) (ministry|department|office)\b/g;
const FULL: Record<string, string> = {
  foreign: 'Foreign Affairs',
  'foreign affairs': 'Foreign Affairs',
  defense: 'Defense',
  defence: 'Defense',
  'state security': 'State Security',
  'public security': 'Public Security',
};

function title(word: string): string {
  return FULL[word] ?? word.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** Candidate source: a country's agency named in lower case, scoped to that country ("org:cn:ministry-of-foreign-affairs"). */
export function agencyCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  AGENCY_RE.lastIndex = 0;
  for (let m = AGENCY_RE.exec(doc.norm); m; m = AGENCY_RE.exec(doc.norm)) {
    const country = lookupCountry(m[1] ?? '');
    if (!country) continue;
    const area = m[2] ?? '';
    const head = m[3] ?? 'ministry';
    const start = m.index + m[0].length - area.length - 1 - head.length;
    const name = `${head === 'ministry' ? 'Ministry' : head === 'office' ? 'Office' : 'Department'} of ${title(area)}`;
    out.push({
      start,
      end: m.index + m[0].length,
      type: 'Organization',
      mention: 'nominal',
      priority: 35,
      source: 'agency',
      name,
      kind: 'agency',
      scope: country.country.code,
    });
  }
  return out;
}
