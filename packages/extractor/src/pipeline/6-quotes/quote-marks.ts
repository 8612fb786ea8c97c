import type { Quote } from '@newsgraph/schema';
import type { Doc, LinkedMention } from '../types';

const QUOTE_RE = /«([^»]{8,}?)»|"([^"\n]{8,}?)"/g;
const SPEECH =
  '(?:said|says|noted|notes|added|adds|told|tells|stressed|stresses|explained|explains|argued|argues|warned|warns|stated|states|insisted|insists|replied|asked|wrote|writes|continued|emphasized|emphasised|declared|announced|remarked|commented|observed|concluded|recalled|acknowledged)';
const AFTER_VERB_FIRST = new RegExp(`^[,\\s]*${SPEECH}\\s+$`);
const AFTER_NAME_FIRST = /^[,\s]*$/;
const AFTER_NAME_VERB = new RegExp(`^\\s*(?:,\\s*[^,]{0,80},\\s*)?${SPEECH}\\b`);
const BEFORE = new RegExp(`^\\s*(?:,\\s*[^,]{0,80},\\s*)?${SPEECH}\\b[^.«"]{0,80}[:,]\\s*$`);
const ACCORDING = /according to\s+(?:the\s+)?$/i;

function isPerson(doc: Doc, m: LinkedMention): boolean {
  return doc.entities.get(m.entity)?.type === 'Person';
}

function speakerAfter(doc: Doc, close: number): LinkedMention | undefined {
  const near = doc.mentions.filter((m) => m.start >= close && m.start - close < 60);
  for (const m of near) {
    const g = doc.norm.slice(close, m.start);
    if (!isPerson(doc, m)) continue;
    if (AFTER_VERB_FIRST.test(g)) return m;
    if (AFTER_NAME_FIRST.test(g) && AFTER_NAME_VERB.test(doc.norm.slice(m.end, m.end + 100))) return m;
  }
  return undefined;
}

function speakerBefore(doc: Doc, open: number): LinkedMention | undefined {
  const near = doc.mentions.filter((m) => m.end <= open && open - m.end < 160 && isPerson(doc, m));
  for (const m of near.reverse()) {
    const g = doc.norm.slice(m.end, open);
    if (BEFORE.test(g)) return m;
    if (ACCORDING.test(doc.norm.slice(Math.max(0, m.start - 20), m.start)) && /^\s*,\s*$/.test(g)) return m;
  }
  return undefined;
}

/** Finds speech in quotation marks and attributes it to the person who said it, before or after the quote. */
export function findMarkedQuotes(doc: Doc): Doc {
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(doc.norm); m; m = QUOTE_RE.exec(doc.norm)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.trim().split(/\s+/).length < 4) continue;
    const open = m.index;
    const close = m.index + m[0].length;
    let start = open + 1;
    let end = close - 1;
    while (start < end && /\s/.test(doc.text[start] ?? '')) start++;
    while (end > start && /[\s,]/.test(doc.text[end - 1] ?? '')) end--;
    const speaker = speakerAfter(doc, close) ?? speakerBefore(doc, open);
    if (!speaker) continue;
    const about = [...new Set(doc.mentions.filter((x) => x.start >= start && x.end <= end).map((x) => x.entity))];
    const quote: Quote = { speaker: speaker.entity, start, end, text: doc.text.slice(start, end) };
    if (about.length > 0) quote.about = about;
    doc.quotes.push(quote);
  }
  return doc;
}
