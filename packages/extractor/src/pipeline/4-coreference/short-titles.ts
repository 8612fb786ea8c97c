import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';

const TITLE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${NAME_TITLE_RE_SOURCE}|First Lady)\\s+$`);
// titles a wife, a doctor or a first lady is written with, which the president of the same surname never is
const SPOUSE_TITLES = new Set(['dr', 'doctor', 'mrs', 'ms', 'madam', 'first lady']);

/** The title written right before a position ("Dr." of "Dr. Biden"), lower-cased without dots. */
export function titleAt(norm: string, start: number): string | undefined {
  return TITLE_BEFORE.exec(norm.slice(Math.max(0, start - 40), start))?.[1]
    ?.toLowerCase()
    .replace(/\./g, '');
}

/** Whether short-form titles that are all a spouse's or a doctor's meet a full name written only with other titles. */
export function spouseTitlesApart(short: ReadonlySet<string>, full: ReadonlySet<string>): boolean {
  if (short.size === 0 || ![...short].every((t) => SPOUSE_TITLES.has(t))) return false;
  return full.size > 0 && ![...full].some((t) => SPOUSE_TITLES.has(t));
}

/** The titles an article writes before a full-named person's mentions ("president" of "President Joe Biden"). */
export function fullNameTitles(norm: string, mentions: readonly LinkedMention[], id: string): Set<string> {
  const titles = new Set<string>();
  for (const m of mentions) {
    const title = m.entity === id ? titleAt(norm, m.start) : undefined;
    if (title) titles.add(title);
  }
  return titles;
}

/**
 * The mentions of a short form whose titles say it is someone else than a full-named person of the article: "Dr.
 * Biden" beside "President Joe Biden" is his wife, so it stays apart (resolution at ingest reads the title), while the
 * article's "President Biden" joins him; beside "First Lady Jill Biden" or an untitled "Joe Biden" none stays apart.
 */
export function spouseMentions(
  norm: string,
  mentions: readonly LinkedMention[],
  shortId: string,
  fullId: string,
): Set<LinkedMention> {
  const full = fullNameTitles(norm, mentions, fullId);
  const keep = new Set<LinkedMention>();
  for (const m of mentions) {
    const title = m.entity === shortId ? titleAt(norm, m.start) : undefined;
    if (title && spouseTitlesApart(new Set([title]), full)) keep.add(m);
  }
  return keep;
}
