import { HEAD_TITLES, NAME_TITLE_RE_SOURCE, POSITION_RE_SOURCE } from '../../knowledge/titles';
import { emit, gap, typeOf, type SentenceView } from './context';
import type { LinkedMention } from '../types';

const MODIFIERS = '(?:(?:former|current|senior|deputy|vice|chief|top|acting|assistant|associate|executive|general|principal|lead|retired|founding|then|longtime|long-time|first|new)[ -])*';
const APPOSITION = new RegExp(`^,\\s+(?:who is |who was |who serves as |who served as )?(?:an?\\s+|the\\s+)?(${MODIFIERS}(?:${POSITION_RE_SOURCE}))\\s+(?:of|from|at|with|for|in|to)\\s+(?:the\\s+)?$`, 'i');
const COPULA = new RegExp(`^\\s+(?:is|was|has been|had been|became|serves as|served as|remains)\\s+(?:an?\\s+|the\\s+)?(${MODIFIERS}(?:${POSITION_RE_SOURCE}))\\s+(?:of|at|for|with)\\s+(?:the\\s+)?$`, 'i');
const MEMBER = /^,?\s+(?:(?:who\s+)?(?:is|was|has been|became)\s+)?(?:an?\s+)?(?:(?:former|founding|longtime|long-time|senior|permanent|board)\s+)*member\s+of\s+(?:the\s+)?$/;
const TITLE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${NAME_TITLE_RE_SOURCE})\\s+$`);
const POSSESSIVE_TITLE = new RegExp(`^(?:'s)?\\s+(?:${MODIFIERS})((?:${NAME_TITLE_RE_SOURCE})|(?:${POSITION_RE_SOURCE}))\\s+$`, 'i');

function apposition(view: SentenceView, ms: LinkedMention[], i: number): void {
  const p = ms[i];
  if (!p || typeOf(view, p) !== 'Person' || p.kind === 'pronoun') return;
  for (let k = i + 1; k < Math.min(ms.length, i + 4); k++) {
    const o = ms[k];
    if (!o) break;
    const g = gap(view, p, o);
    if (MEMBER.test(g) && typeOf(view, o) === 'Organization') {
      emit(view, p, 'MEMBER_OF', o, 0.75);
      return;
    }
    const m = APPOSITION.exec(g) ?? COPULA.exec(g);
    if (m?.[1]) {
      const ot = typeOf(view, o);
      if (ot === 'Organization' || ot === 'Country') emit(view, p, 'HOLDS_POSITION', o, 0.85, { title: m[1].toLowerCase() });
      return;
    }
  }
}

/** "President Xi Jinping", "Chinese President Xi", "Microsoft CEO Satya Nadella": title before a name. */
function titleBefore(view: SentenceView, ms: LinkedMention[], i: number): void {
  const p = ms[i];
  if (!p || p.kind !== 'name' || typeOf(view, p) !== 'Person') return;
  const before = view.doc.norm.slice(Math.max(view.sentence.start, p.start - 40), p.start);
  const prev = ms[i - 1];
  if (prev && prev.end <= p.start) {
    const pm = POSSESSIVE_TITLE.exec(gap(view, prev, p));
    const pt = typeOf(view, prev);
    if (pm?.[1] && (pt === 'Country' || pt === 'Organization')) {
      emit(view, p, 'HOLDS_POSITION', prev, 0.8, { title: pm[1] });
      return;
    }
  }
  const tm = TITLE_BEFORE.exec(before);
  const title = tm?.[1];
  if (!title || !HEAD_TITLES.has(title)) return;
  const country = view.doc.dominantCountry;
  const countryMentions = view.doc.mentions.filter((m) => m.entity === `country:${country}`).length;
  if (country && countryMentions >= 3) emit(view, p, 'HOLDS_POSITION', `country:${country}`, 0.6, { title });
}

/** HOLDS_POSITION patterns: appositions, copulas and titles before names. */
export function positionRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    apposition(view, ms, i);
    titleBefore(view, ms, i);
  }
}
