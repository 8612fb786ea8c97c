import { isAdminArea, isFirstLevelRegion } from '../../knowledge/admin-areas';
import { countryPostAfter } from '../../knowledge/country-posts';
import { isKnownPlace } from '../../knowledge/lexicon';
import { HEAD_TITLES, NAME_TITLE_RE_SOURCE, POSITION_RE_SOURCE } from '../../knowledge/titles';
import { isFullPersonName } from './pair-gates';
import { emit, gap, nameOpenedBy, typeOf, type SentenceView } from './sentence-view';
import type { LinkedMention } from '../types';

const MODIFIERS =
  '(?:(?:former|current|senior|deputy|vice|chief|top|acting|assistant|associate|executive|general|principal|lead|retired|founding|then|longtime|long-time|first|new)[ -])*';
const APPOSITION = new RegExp(
  `^,\\s+(?:who is |who was |who serves as |who served as )?(?:an?\\s+|the\\s+)?(${MODIFIERS}(?:${POSITION_RE_SOURCE}))\\s+(?:of|from|at|with|for|in|to)\\s+(?:the\\s+)?$`,
  'i',
);
const COPULA = new RegExp(
  `^\\s+(?:is|was|has been|had been|became|serves as|served as|remains)\\s+(?:an?\\s+|the\\s+)?(${MODIFIERS}(?:${POSITION_RE_SOURCE}))\\s+(?:of|at|for|with)\\s+(?:the\\s+)?$`,
  'i',
);
const MEMBER =
  /^,?\s+(?:(?:who\s+)?(?:is|was|has been|became)\s+)?(?:an?\s+)?(?:(?:former|founding|longtime|long-time|senior|permanent|board)\s+)*member\s+of\s+(?:the\s+)?$/;
const TITLE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${NAME_TITLE_RE_SOURCE})\\s+$`);
/** "Acme spokesman Al Roe", "Acme's chief engineer, Dr. Al Roe": a body's post, then its holder (after a comma, a short title may come first). */
const POSSESSIVE_TITLE = new RegExp(
  `^(?:'s)?\\s+(${MODIFIERS}(?:(?:${NAME_TITLE_RE_SOURCE})|(?:${POSITION_RE_SOURCE})))(?:,\\s+(?:[A-Z][a-z]{1,3}\\.\\s+)?|\\s+)$`,
  'i',
);

function apposition(view: SentenceView, ms: LinkedMention[], i: number): void {
  const p = ms[i];
  if (!p || typeOf(view, p) !== 'Person' || p.kind === 'pronoun') return;
  for (let k = i + 1; k < Math.min(ms.length, i + 4); k++) {
    const o = ms[k];
    if (!o) break;
    const g = gap(view, p, o);
    // "Jamieson Greer, United States Trade Representative": the country qualifies the post the person holds
    if (k === i + 1 && /^,\s+(?:the\s+)?$/.test(g) && typeOf(view, o) === 'Country' && o.kind === 'name') {
      const post = countryPostAfter(view.doc.norm.slice(o.end, Math.min(view.sentence.end, o.end + 60)));
      if (post) emit(view, p, 'HOLDS_POSITION', o, 0.85, { title: post.toLowerCase() });
      if (post) return;
    }
    if (MEMBER.test(g) && typeOf(view, o) === 'Organization') {
      emit(view, p, 'MEMBER_OF', o, 0.75);
      return;
    }
    const m = APPOSITION.exec(g) ?? COPULA.exec(g);
    if (m?.[1]) {
      const ot = typeOf(view, o);
      // "Miguel Cardona, Secretary of Homeland Security Alejandro Mayorkas": the title is the next person's
      const after = ms[k + 1];
      if (after && typeOf(view, after) === 'Person' && /^\s+$/.test(gap(view, o, after))) return;
      // "secretary of the U.S. Department of Housing": the post is in the body the country's name opens
      const body = nameOpenedBy(view, o);
      if (body === null) return;
      if (ot === 'Organization' || ot === 'Country')
        emit(view, p, 'HOLDS_POSITION', body ?? o, 0.85, { title: m[1].toLowerCase() });
      return;
    }
  }
}

/** "Cleveland Mayor Justin Bibb", "Texas Representative Jasmine Crockett": a place typed as a body holds no post; "House Minority" is no body. */
function isPlaceWord(view: SentenceView, m: LinkedMention): boolean {
  const surface = view.doc.norm.slice(m.start, m.end);
  const name = view.doc.entities.get(m.entity)?.name ?? surface;
  return (
    isKnownPlace(surface.toLowerCase()) ||
    isAdminArea(surface) ||
    isFirstLevelRegion(surface) ||
    /\b(?:Minority|Majority)$/.test(name)
  );
}

/** Courtesy and academic titles say nothing of a post: "Dr. Ann Lee of Ohio" is not an office of Ohio. */
const COURTESY =
  /^(?:Prince|Princess|Sheikh|Sheikha|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Lady|Professor|Prof\.|Duke|Duchess|Earl|Baron|Baroness|Count|Countess|Marquess|Captain|Capt\.|Lieutenant|Colonel|Col\.|General|Gen\.|Admiral|Judge)$/;
/** "President Pedro Sanchez of Spain", "President Joseph R. Biden, Jr. of the United States": the title's country or body follows the name. */
const OF_AFTER = /^(?:,?\s+Jr\.?,?)?\s+of\s+(?:the\s+)?$/;

/** "Poland's First Lady", "Acme's Dr.": a spouse's or courtesy title names no post held in the country or body. */
const SPOUSE_OR_COURTESY = /^(?:Lady|Lord|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/i;

/** "a great American leader, Liz Cheney", "your next senator, …": one of many, or a post to come. */
const INDEFINITE_BEFORE = /\b(?:an?|next|future)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "UAW President, Shawn Fain": a post set off by a comma before a name is that person's only when it is definite and
 * the person is fully named ("the Saudi defense minister, Khalid" is a name cut short).
 */
function appositionNamesHolder(view: SentenceView, body: LinkedMention, person: LinkedMention): boolean {
  const before = view.doc.norm.slice(Math.max(view.sentence.start, body.start - 30), body.start);
  return isFullPersonName(view, person) && !INDEFINITE_BEFORE.test(before);
}

/** "President Xi Jinping of China", "Chinese President Xi", "Microsoft CEO Satya Nadella": a title whose own sentence names where it is held. */
function titleBefore(view: SentenceView, ms: LinkedMention[], i: number): void {
  const p = ms[i];
  if (!p || p.kind !== 'name' || typeOf(view, p) !== 'Person') return;
  const before = view.doc.norm.slice(Math.max(view.sentence.start, p.start - 40), p.start);
  const prev = ms[i - 1];
  if (prev && prev.end <= p.start) {
    const g = gap(view, prev, p);
    const pm = POSSESSIVE_TITLE.exec(g);
    const pt = typeOf(view, prev);
    if (
      pm?.[1] &&
      !SPOUSE_OR_COURTESY.test(pm[1].split(/[ -]/).pop() ?? '') &&
      (!g.includes(',') || appositionNamesHolder(view, prev, p)) &&
      (pt === 'Country' || (pt === 'Organization' && !isPlaceWord(view, prev)))
    ) {
      emit(view, p, 'HOLDS_POSITION', prev, 0.8, { title: pm[1], rule: 'position-title-qualified' });
      return;
    }
  }
  const title = TITLE_BEFORE.exec(before)?.[1];
  const next = ms[i + 1];
  if (!title || COURTESY.test(title) || !next || next.kind !== 'name' || !OF_AFTER.test(gap(view, p, next))) return;
  // "of the United States's": the place qualifies something further on, not the title
  if (/^'s\b/.test(view.doc.norm.slice(next.end, next.end + 2))) return;
  const nt = typeOf(view, next);
  if (nt === 'Country' || nt === 'Organization')
    emit(view, p, 'HOLDS_POSITION', next, 0.85, { title, rule: 'position-title-of' });
}

/** "Japan has raised tariffs, President Reagan said": a reporting verb makes the titled person a source, not the country's leader. */
const REPORTING_AFTER =
  /^,?\s+(?:(?:also|later|then|has|had)\s+)?(?:said|says|say|told|tells|added|adds|warned|warns|announced|announces|noted|notes|stressed|stresses|declared|declares|reported|reports|claimed|claims)\b/;
/** The capitalised title right before a name, to look past it at the words before. */
const TITLE_TAIL = new RegExp(`(?:${NAME_TITLE_RE_SOURCE})\\s+$`);

/**
 * "China has led the way … since President Xi Jinping put forward the idea": a head of state's title with no country
 * of its own, in a sentence whose subject is the one country it names, and no other leader in it.
 */
function titleInCountrySentence(view: SentenceView, ms: LinkedMention[], i: number): void {
  const p = ms[i];
  const subject = ms[0];
  if (!p || !subject || i === 0 || p.kind !== 'name' || typeOf(view, p) !== 'Person') return;
  if (
    subject.kind !== 'name' ||
    typeOf(view, subject) !== 'Country' ||
    view.doc.norm.slice(view.sentence.start, subject.start).trim() !== ''
  )
    return;
  if (ms.some((m) => typeOf(view, m) === 'Country' && m.entity !== subject.entity)) return;
  // "Canada, European Commission President Ursula von der Leyen": a listed country is no subject, and a qualified title has its own body
  if (/^\s*[,;:]/.test(view.doc.norm.slice(subject.end, subject.end + 3))) return;
  // "Poland says the silos that President Biden proposed": a country reporting speaks of the leader, who need not be its own
  if (REPORTING_AFTER.test(view.doc.norm.slice(subject.end, subject.end + 30))) return;
  // "the pipeline that President Obama proposed": a leader inside a clause about a thing is no leader of the subject
  if (
    /\b(?:that|which|whom)\s+$/.test(
      view.doc.norm.slice(Math.max(view.sentence.start, p.start - 60), p.start).replace(TITLE_TAIL, ''),
    )
  )
    return;
  const prev = ms[i - 1];
  if (prev && POSSESSIVE_TITLE.test(gap(view, prev, p))) return;
  const headed = ms.filter((m) => typeOf(view, m) === 'Person' && HEAD_TITLES.has(titleOf(view, m) ?? ''));
  if (headed.length !== 1 || headed[0] !== p) return;
  if (REPORTING_AFTER.test(view.doc.norm.slice(p.end, p.end + 30))) return;
  emit(view, p, 'HOLDS_POSITION', subject, 0.55, {
    title: titleOf(view, p) ?? '',
    rule: 'position-title-country-subject',
  });
}

/** The capitalised title written right before a mention, if any. */
function titleOf(view: SentenceView, m: LinkedMention): string | undefined {
  return TITLE_BEFORE.exec(view.doc.norm.slice(Math.max(view.sentence.start, m.start - 40), m.start))?.[1];
}

/** HOLDS_POSITION patterns: appositions, copulas and titles before names, each bound to what its own sentence says. */
export function positionRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    apposition(view, ms, i);
    titleBefore(view, ms, i);
    titleInCountrySentence(view, ms, i);
  }
}
