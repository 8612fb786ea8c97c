import type { Region, Turn } from '../types';
import { resolveName, resolveRole } from './speaker-names';
import { findLabelLines, titleCaseName, type LabelLine } from './transcript-labels';

// "7:06 P.M. EST", "END 7:50 P.M. EDT", "END" – a briefing's clock lines and its close
const TIMESTAMP_RE = /^[ \t]*(?:END\b[ \t]*)?\d{1,2}:\d{2}[ \t]*[AP]\.?[ \t]?M\.?(?:[ \t]+[A-Z]{2,4})?[ \t]*$/gm;
const END_RE = /^[ \t]*END[ \t]*$/gm;
// "(Laughter.)", "[Applause]", "(Cross-talk by reporters.)" – what the room did, not what anyone said
const STAGE_RE =
  /[[(][ \t]*(?:applause|laughter|laughs|laughing|chuckles|cheers|cheering|booing|cross-?talk|inaudible|audio|music|pause|no response|off-mic|off mic|technical difficulties|audience|crowd|interruption|silence|video plays|break)\b[^)\]\n]{0,40}[)\]]/gi;

function matches(re: RegExp, text: string, kind: Region['kind']): Region[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index + lead, end: m.index + m[0].trimEnd().length, kind };
  });
}

// a transcript's header is its venue and clock ("James S. Brady Press Briefing Room", "Via Teleconference")
const HEADER_LIMIT = 400;

/** The short unpunctuated lines before a transcript's first turn: where it was held, which is no story text. */
function venueLines(norm: string, firstTurn: number): Region[] {
  if (firstTurn > HEADER_LIMIT) return [];
  const out: Region[] = [];
  for (const m of norm.slice(0, firstTurn).matchAll(/^[ \t]*(\S[^\n]{0,79}?)[ \t]*$/gm)) {
    const line = m[1] ?? '';
    if (/[.!?:]$/.test(line) || !/\p{Lu}/u.test(line)) continue;
    const start = m.index + m[0].indexOf(line);
    out.push({ start, end: start + line.length, kind: 'venue' });
  }
  return out;
}

/** A transcript has one label that could only be a speaker's, or questions and other labels; "AMT:"/"ISSUER:" forms have neither. */
function isTranscript(labels: LabelLine[]): boolean {
  return labels.some((l) => l.strong) || (labels.some((l) => l.kind === 'question') && labels.length >= 3);
}

/** The speaker a label names, read from the title, the header before the first turn and the whole text. */
function speakerOf(label: LabelLine, doc: TranscriptSource, header: string): string | undefined {
  const title = (doc.title ?? '')
    .replace(/\\_/g, ' ')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const sources = [
    { text: title, weight: 10 },
    { text: doc.norm, weight: 1 },
  ];
  if (label.kind === 'role' && label.role) return resolveRole(label.role, [title, header], sources);
  if (label.kind !== 'named' || !label.name) return undefined;
  const words = doc.norm.slice(label.name.start, label.name.end).replace(/\.$/, '');
  const titles = doc.norm
    .slice(label.start, label.name.start)
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:MR|MS|MRS|MISS|DR)\.?$/.test(w));
  const hint = titles.length > 0 ? titleCaseName(titles[titles.length - 1] ?? '') : undefined;
  return resolveName(words, sources, hint) ?? titleCaseName(words);
}

/** What transcript detection reads: the input folded to ASCII with its own line breaks, and the article's title. */
export interface TranscriptSource {
  norm: string;
  title?: string;
}

/** Speaker turns and the transcript's furniture (labels, clock lines, stage directions, the venue), in text order. */
export interface Transcript {
  regions: Region[];
  turns: Turn[];
}

/**
 * Stage 1 helper: finds speaker turns, clock lines and stage directions on the folded input before unwrapping, since
 * a label is known by starting a line; stage 1 blanks the regions so no later stage reads a label as a name.
 */
export function findTranscript(doc: TranscriptSource): Transcript {
  // the folded view: labels are often followed by no-break spaces
  const regions = [
    ...matches(TIMESTAMP_RE, doc.norm, 'timestamp'),
    ...matches(END_RE, doc.norm, 'end-marker'),
    ...matches(STAGE_RE, doc.norm, 'stage-direction'),
  ];
  const labels = findLabelLines(doc.norm);
  const turns: Turn[] = [];
  if (isTranscript(labels)) {
    const header = doc.norm.slice(0, labels[0]?.start ?? 0);
    const clock = new Set(regions.map((r) => r.start));
    regions.push(...venueLines(doc.norm, labels[0]?.start ?? 0).filter((r) => !clock.has(r.start)));
    const resolved = new Map<string, string | undefined>();
    const ends = regions.filter((r) => r.kind === 'end-marker' || r.kind === 'timestamp').map((r) => r.start);
    labels.forEach((label, i) => {
      if (!resolved.has(label.text)) resolved.set(label.text, speakerOf(label, doc, header));
      const next = labels[i + 1]?.start ?? doc.norm.length;
      const stop = Math.min(next, ...ends.filter((e) => e > label.end));
      let end = stop;
      while (end > label.end && /\s/.test(doc.norm[end - 1] ?? '')) end--;
      const start = label.end + (/^\s*/.exec(doc.norm.slice(label.end))?.[0].length ?? 0);
      const turn: Turn = {
        label: { start: label.start, end: label.end },
        labelText: label.text,
        start: Math.min(start, end),
        end,
      };
      const speaker = resolved.get(label.text);
      if (speaker && label.kind === 'named' && label.name) turn.ref = { ...label.name, kind: 'name' };
      if (speaker && label.kind === 'role') turn.ref = { start: label.start, end: label.end - 1, kind: 'nominal' };
      if (speaker) turn.speaker = speaker;
      turns.push(turn);
      regions.push({ start: label.start, end: label.end, kind: 'speaker-label' });
    });
  }
  regions.sort((a, b) => a.start - b.start);
  return { regions, turns };
}
