import { usFederalBody } from '../../knowledge/us-federal';
import type { Candidate, Doc } from '../types';

// what a department, a ministry or a committee is in charge of: a portfolio, which names no body, place or person alone
const PORTFOLIO = new RegExp(
  '^(?:State|Treasury|Defen[cs]e|Justice|Interior|Agriculture|Commerce|Labou?r|Health|Health\\s+and\\s+Human\\s+Services|' +
    'Housing|Housing\\s+and\\s+Urban\\s+Development|Transportation|Transport|Energy|Education|Veterans\\s+Affairs|' +
    'Homeland\\s+Security|Finance|Foreign\\s+Affairs|Home\\s+Affairs|Trade|Tourism|Environment|Industry|Economy|' +
    'Natural\\s+Resources|Armed\\s+Services|Appropriations|Foreign\\s+Relations|Ways\\s+and\\s+Means|Oversight)$',
);
// the post or body a portfolio is written after, with the portfolios listed before it: "Secretary of the Interior",
// "the Departments of State, Commerce, and", "Committee on Education and", "Ministries of Health,"
const PORTFOLIO_HEAD_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:[Ss]ecretar(?:y|ies)|[Mm]inist(?:er|ers|ry|ries)|[Dd]epartments?|(?:Sub)?[Cc]ommittees?)' +
    '\\s+(?:of|on|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|and),?\\s+)*$',
  'u',
);

/**
 * A portfolio cut from the post or body it ends ("Interior" of "Secretary of the Interior", "Labor" of "Committee on
 * Education and Labor") is a fragment of a longer name, not an entity of its own.
 */
export function isPortfolioFragment(doc: Doc, c: Candidate, text: string): boolean {
  const flat = text.replace(/\s+/g, ' ');
  // "the Secretary of the Treasury": a department its portfolio alone names ("Treasury", which the tagger may read as a
  // place and a later step retypes) is that department
  if (
    !PORTFOLIO.test(flat) ||
    ((c.type === 'Organization' || flat === 'Treasury') && usFederalBody(flat) !== undefined)
  )
    return false;
  const line = doc.norm.lastIndexOf('\n\n', c.start);
  return PORTFOLIO_HEAD_BEFORE.test(doc.norm.slice(Math.max(0, line + 1, c.start - 160), c.start).replace(/\s+/g, ' '));
}
