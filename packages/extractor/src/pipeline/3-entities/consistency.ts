import { isCommonWord } from '../../knowledge/lexicon';
import { collapseSpaces } from '../../text/name-text';
import type { Candidate, Doc } from '../types';
import { CONFIDENT_PRIORITY } from './ner-source';

const NAMED = new Set(['Person', 'Organization', 'Location']);
// a name glued into a compound ("UWP-Hachette", "Dublin-born") is not an occurrence of it
const WORD_CHAR = /[\p{L}\p{N}-]/u;

const isNamed = (c: Candidate): boolean =>
  c.mention === 'name' && NAMED.has(c.type) && (c.source === 'ner' || c.source === 'chunk');

/** The type most of a name's mentions were given, ties to the first; the tagger hesitates less on some of them. */
function votedTypes(doc: Doc, candidates: Candidate[]): Map<string, Candidate> {
  const votes = new Map<string, Map<Candidate['type'], { n: number; first: Candidate }>>();
  for (const c of candidates) {
    if (!isNamed(c)) continue;
    const form = collapseSpaces(doc.norm.slice(c.start, c.end));
    const byType = votes.get(form) ?? new Map<Candidate['type'], { n: number; first: Candidate }>();
    const v = byType.get(c.type) ?? { n: 0, first: c };
    v.n += c.source === 'ner' ? 1 : 0.5;
    byType.set(c.type, v);
    votes.set(form, byType);
  }
  const out = new Map<string, Candidate>();
  for (const [form, byType] of votes) {
    const best = [...byType.values()].sort((a, b) => b.n - a.n)[0];
    if (best) out.set(form, best.first);
  }
  return out;
}

/** The one type the tagger gave a name whenever it was sure of it, per surface form; none when it was sure of two. */
function confidentTypes(doc: Doc, candidates: Candidate[]): Map<string, Candidate['type']> {
  const types = new Map<string, Candidate['type'] | null>();
  for (const c of candidates) {
    if (c.source !== 'ner' || c.mention !== 'name' || c.priority < CONFIDENT_PRIORITY) continue;
    const form = collapseSpaces(doc.norm.slice(c.start, c.end));
    const prev = types.get(form);
    types.set(form, prev === undefined || prev === c.type ? c.type : null);
  }
  const out = new Map<string, Candidate['type']>();
  for (const [form, type] of types) if (type) out.set(form, type);
  return out;
}

function occurrences(text: string, form: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) at.push(i);
  }
  return at;
}

/**
 * One name, one reading per article: every occurrence of a name found somewhere in the article gets the
 * type most of its mentions got, and a fragment of it ("Jinping" in a sentence-initial "Xi Jinping", or an
 * occurrence the tagger missed) becomes the whole name, unless a longer candidate or a blocked span
 * (the tagger's MISC: "HONG KONG OPEN") already covers it. An occurrence the tagger hesitated over takes the type
 * it gave the name wherever it was sure, if that was always the same; sure readings are left alone, since a city
 * is a team in a results table and a place in the dateline.
 */
export function harmoniseNames(doc: Doc, candidates: Candidate[], blocked: readonly Candidate[] = []): Candidate[] {
  const voted = votedTypes(doc, candidates);
  const confident = confidentTypes(doc, candidates);
  let kept = [...candidates];
  // longest names first so that "Xi Jinping" claims its occurrences before "Xi" could
  const forms = [...voted.keys()].sort((a, b) => b.length - a.length);
  for (const form of forms) {
    const model = voted.get(form);
    if (!model) continue;
    const single = !/\s/.test(form);
    if (single && (form.length < 3 || isCommonWord(form.toLowerCase()))) continue;
    for (const start of occurrences(doc.norm, form)) {
      const end = start + form.length;
      const overlapping = kept.filter((c) => c.start < end && start < c.end);
      const same = overlapping.find((c) => c.start === start && c.end === end);
      if (same) {
        // where the tagger hesitated, the type it gave the same name when it was sure wins ("Lotte" the team)
        const sure = confident.get(form);
        if (sure && same.source === 'ner' && same.priority < CONFIDENT_PRIORITY && same.type !== sure) {
          kept = kept.map((c) => (c === same ? { ...same, type: sure } : c));
        }
        continue;
      }
      if (blocked.some((b) => b.start < end && start < b.end)) continue;
      // only fragments strictly inside the name give way; anything reaching outside it stands
      if (overlapping.some((c) => c.start < start || c.end > end || !isNamed(c))) continue;
      kept = kept.filter((c) => !overlapping.includes(c));
      const added: Candidate = {
        start,
        end,
        type: model.type,
        mention: 'name',
        priority: model.priority,
        source: model.source,
      };
      if (model.kind) added.kind = model.kind;
      kept.push(added);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
