import type { Candidate, Doc } from '../types';

// a post written before its portfolio: "Assistant Secretary of State for …", "Under Secretary of Defense (…"
const SECRETARY_OF = /\bSecretar(?:y|ies)\s+of\s+(?:the\s+)?$/;
// a department followed by the part of it the post is over: "State for African Affairs", "Defense (Science and
// Technology", "Commerce for Economic Affairs"
const DEPARTMENT_FOR = new RegExp(
  '^(?:State|Defen[cs]e|Commerce|Energy|Treasury|Justice|Interior|Agriculture|Labor|Health\\s+and\\s+Human\\s+Services|' +
    'Housing\\s+and\\s+Urban\\s+Development|Transportation|Education|Homeland\\s+Security|Veterans\\s+Affairs|' +
    'the\\s+Army|the\\s+Navy|the\\s+Air\\s+Force|Army|Navy|Air\\s+Force)\\s*(?:for\\b|\\()',
);
// a post whose area is written after "for": "Assistant to the President for Economic Policy", "Senior Director for
// European Affairs", "Assistant Secretary for International Finance and Development", "Managing Director for …"
const POST_FOR =
  /\b(?:Assistant|Secretary|Director|Advis[oe]r|Coordinator|Counsel(?:l)?or|Envoy|Representative|Officer|Administrator|Chief|Lead|Head)(?:\s+to\s+the\s+(?:President|Vice\s+President|Secretary))?\s+for\s+$/;
// a body's own name is not a portfolio: "Coordinator for the Office of …", "Envoy for the Global Fund"
const BODY_WORD =
  /\b(?:Office|Department|Agency|Bureau|Council|Commission|Committee|Administration|Institute|Service|Foundation|Fund|Center|Centre|Corporation|Association|Board|Program|Programme|Initiative|Partnership|Task\s+Force|University|College)\b/;

/**
 * A post's portfolio cut from the post ("State for African Affairs" of "Assistant Secretary of State for African
 * Affairs", "Economic Policy" of "Assistant to the President for Economic Policy") names no body or policy.
 */
export function isPostPortfolio(doc: Doc, c: Candidate): boolean {
  const text = doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
  const before = doc.norm.slice(Math.max(0, c.start - 60), c.start).replace(/\s+/g, ' ');
  if (c.type !== 'Person' && c.type !== 'Country' && SECRETARY_OF.test(before) && DEPARTMENT_FOR.test(text))
    return true;
  if (c.type !== 'Organization' && c.type !== 'Policy') return false;
  // an acronym ("PEPFAR") or a body's name is the thing the post serves, not its portfolio
  if (/^[\p{Lu}\d&-]+$/u.test(text) || BODY_WORD.test(text)) return false;
  return POST_FOR.test(before);
}

/** Drops the portfolios of posts: each is a piece of the post's title. */
export function dropPostPortfolios(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.mention !== 'name' || !isPostPortfolio(doc, c));
}
