import type { Candidate, Doc } from '../types';

/** Above every other source: a label that names a resolved speaker is that person, whatever the tagger thinks. */
const SPEAKER_PRIORITY = 40;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The speakers' names in the turns' text: the full name, and a given name or surname standing alone ("Thanks, Jen."),
 * which the tagger often reads as a place; a word two speakers share is left to the tagger.
 */
function namesInText(doc: Doc, speakers: Set<string>): Candidate[] {
  const owner = new Map<string, string | null>();
  for (const name of speakers) {
    const parts = name.split(' ').filter((p) => !/\.$/.test(p));
    if (parts.length < 2) continue;
    owner.set(name, name);
    for (const p of [parts[0], parts[parts.length - 1]])
      if (p && p.length > 1) owner.set(p, owner.has(p) && owner.get(p) !== name ? null : name);
  }
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return [];
  // a form inside a longer capitalised run ("Jen Smith", "Psaki Foundation") is some other name
  const re = new RegExp(
    `(?<![\\p{L}'-]|\\p{Lu}[\\p{L}.]*\\s)(?:${forms.map(escape).join('|')})(?![\\p{L}'-]|\\s\\p{Lu})`,
    'gu',
  );
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(re)) {
    const name = owner.get(m[0]);
    if (name)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'Person',
        mention: 'name',
        priority: SPEAKER_PRIORITY,
        source: 'speaker',
        name,
      });
  }
  return out;
}

/** Candidate source: the person each resolved transcript label names ("PSAKI" in "MS. PSAKI:" → Jen Psaki). */
export function speakerCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const speakers = new Set<string>();
  for (const turn of doc.turns ?? []) {
    if (!turn.ref || !turn.speaker) continue;
    speakers.add(turn.speaker);
    out.push({
      start: turn.ref.start,
      end: turn.ref.end,
      type: 'Person',
      mention: turn.ref.kind,
      priority: SPEAKER_PRIORITY,
      source: 'speaker',
      name: turn.speaker,
    });
  }
  return out.concat(namesInText(doc, speakers));
}
