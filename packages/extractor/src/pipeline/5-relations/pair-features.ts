import { ORG_CUES } from '../../knowledge/cues';
import { lookupCountry } from '../../knowledge/countries';
import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import { typeOf, type SentenceView } from './sentence-view';
import { inList, namesPosition, placeKind, VERB_CLASSES, wordClass } from './pair-cues';

/** The pair types the model was trained on: work-for, organisation-based-in and located-in. */
export type PairGroup = 'wf' | 'ob' | 'li';

/** An ordered pair of name mentions in one sentence whose types fit one trained relation. */
export interface PairCandidate {
  subject: LinkedMention;
  object: LinkedMention;
  group: PairGroup;
}

/** Which trained relation, if any, a subject → object type pair can hold (LOCATED_IN never has a Country subject). */
function groupOf(st: string | undefined, ot: string | undefined): PairGroup | undefined {
  const place = ot === 'Location' || ot === 'Country';
  if (st === 'Person' && (ot === 'Organization' || ot === 'Country')) return 'wf';
  if (st === 'Organization' && place) return 'ob';
  if (st === 'Location' && place) return 'li';
  return undefined;
}

/** Every ordered pair of distinct entities named in the sentence that one trained relation could join. */
export function candidatePairs(view: SentenceView): PairCandidate[] {
  const names = view.mentions.filter((m) => m.kind === 'name');
  const out: PairCandidate[] = [];
  for (const subject of names) {
    for (const object of names) {
      if (subject.entity === object.entity) continue;
      const group = groupOf(typeOf(view, subject), typeOf(view, object));
      if (group) out.push({ subject, object, group });
    }
  }
  return out;
}

const WORD = /[a-z0-9]+(?:[.'&-][a-z0-9]+)*\.?|'s|[^\sa-z0-9]/g;
const TITLE_END = new RegExp(`(?:${NAME_TITLE_RE_SOURCE})\\s*$`);

/** Lower-cased word tokens with digits folded, so "1987" and "1990" share a feature. */
function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/[0-9]/g, '0'));
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 9 ? '6-9' : '10+');

/** Sparse binary features of a candidate pair, each prefixed by its group so the three relations learn apart. */
export function pairFeatures(view: SentenceView, c: PairCandidate): string[] {
  const { doc, sentence } = view;
  const forward = c.subject.start < c.object.start;
  const [a, b] = forward ? [c.subject, c.object] : [c.object, c.subject];
  const between = doc.norm.slice(a.end, b.start);
  const bw = words(between);
  const left = words(doc.norm.slice(Math.max(sentence.start, a.start - 40), a.start)).slice(-2);
  const right = words(doc.norm.slice(b.end, Math.min(sentence.end, b.end + 40))).slice(0, 2);
  const inside = view.mentions.filter((m) => m.start >= a.end && m.end <= b.start);
  const order = forward ? 'so' : 'os';
  const f = [
    'bias',
    `order=${order}`,
    `types=${typeOf(view, c.subject)}>${typeOf(view, c.object)}`,
    `len=${bucket(bw.length)}`,
    `mb=${bucket(inside.length)}`,
    `bf=${bw[0] ?? '<none>'}`,
    `bl=${bw[bw.length - 1] ?? '<none>'}`,
    `o.bf=${order}.${bw[0] ?? '<none>'}`,
    `o.bl=${order}.${bw[bw.length - 1] ?? '<none>'}`,
    `l1=${left[left.length - 1] ?? '<s>'}`,
    `l2=${left.join('_') || '<s>'}`,
    `r1=${right[0] ?? '</s>'}`,
    `r2=${right.join('_') || '</s>'}`,
    `commas=${bucket(bw.filter((w) => w === ',').length)}`,
  ];
  if (bw.length <= 5) f.push(`bs=${order}.${bw.join('_')}`);
  for (let i = 0; i + 1 < bw.length; i++) f.push(`bb=${bw[i]}_${bw[i + 1]}`);
  for (const m of inside) f.push(`mbt=${typeOf(view, m)}`);
  if (between.length < 240 && namesPosition(between)) f.push('position-between');
  if (/[()]/.test(between)) f.push('paren-between');
  if (/[;:]|\b(?:and|but|while|whereas|although|because|when)\b/.test(between)) f.push('clause-break');
  if (/\b(?:said|says|told)\b/.test(between)) f.push('said-between');
  // word classes generalise the lexical features to words training never saw ("sued" as a verb like "met")
  const classes = bw.map((w) => (/^[a-z]/.test(w) ? (wordClass(w) ?? 'W') : w));
  for (const k of new Set(classes)) f.push(`bc=${k}`);
  f.push(
    `verbs=${bucket(classes.filter((k) => VERB_CLASSES.has(k)).length)}`,
    `bfc=${order}.${classes[0] ?? '<none>'}`,
    `blc=${order}.${classes[classes.length - 1] ?? '<none>'}`,
  );
  if (classes.length <= 6) f.push(`bcs=${order}.${classes.join('_')}`);
  if (c.group !== 'wf')
    f.push(
      `pk=${placeKind(view, c.subject)}>${placeKind(view, c.object)}`,
      `pko=${order}.${placeKind(view, c.object)}.${bw.join('_').slice(0, 12)}`,
    );
  if (/^\s*,\s*(?:an?|the)\s/.test(between)) f.push('apposition');
  if (/^'s?\s/.test(between)) f.push('possessive-between');
  if (/\bbased\b|\bheadquarter|\bhome to\b|\bhome of\b/i.test(between)) f.push('based-between');
  f.push(...organisationFeatures(view, c));
  if (inList(view, c.object)) f.push('object-in-list');
  if (inList(view, c.subject)) f.push('subject-in-list');
  if (/^'s?\b/.test(doc.norm.slice(c.object.end, c.object.end + 3))) f.push('object-possessive');
  const person = c.group === 'wf' ? c.subject : undefined;
  if (person && TITLE_END.test(doc.norm.slice(Math.max(sentence.start, person.start - 30), person.start)))
    f.push('title-before-person');
  if (person && namesPosition(doc.norm.slice(person.end, Math.min(sentence.end, person.end + 40))))
    f.push('position-after-person');
  return f.map((x) => `${c.group}:${x}`);
}

/** What an organisation's name says: its kind by head word, its last word, and whether it names the place ("Texas Department of Agriculture"). */
function organisationFeatures(view: SentenceView, c: PairCandidate): string[] {
  const org = c.group === 'ob' ? c.subject : c.group === 'wf' ? c.object : undefined;
  if (!org) return [];
  const name = view.doc.entities.get(org.entity)?.name ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  const kinds = new Set(words.map((w) => ORG_CUES[w]).filter((k): k is string => k !== undefined));
  const f = [...kinds].map((k) => `okind=${k}`);
  f.push(`ohead=${(words[words.length - 1] ?? '').toLowerCase().replace(/[0-9]/g, '0')}`);
  if (kinds.size === 0) f.push('okind=none');
  if (c.group !== 'ob') return f;
  const place = view.doc.entities.get(c.object.entity)?.name ?? '';
  const country = lookupCountry(place)?.country;
  if (place && new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(name)) f.push('place-in-name');
  else if (country && words.some((w) => lookupCountry(w)?.country === country)) f.push('demonym-in-name');
  return f;
}
