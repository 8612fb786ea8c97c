import { genderOf } from './person-titles';

/** A full-named person that a short form could stand for, with what its own mentions say. */
export interface NameCandidate {
  id: string;
  name: string;
  /** Whether the short form is its surname (last) or its given/family-first name (first). */
  side: 'first' | 'last';
  /** Mentions written with this full name (not short forms resolved into it), so the figure does not depend on resolution. */
  ownMentions: number;
  articleCount: number;
  titles: string[];
}

/** A short form ("biden") with the titles written before it; all a decision reads. */
export interface ShortForm {
  key: string;
  titles: string[];
}

/** One article's mentions of a short form ("Biden" in one article), with the titles written before them there. */
export interface ShortMention extends ShortForm {
  articleId: string;
  sourceId: string;
}

const genderAgrees = (mention: ShortForm, candidate: NameCandidate): boolean => {
  const said = genderOf(mention.titles);
  const known = genderOf(candidate.titles);
  return said === undefined || known === undefined || said === known;
};

/** The people a short form may stand for: with it as surname or as first name, minus those whose titles say another gender. */
export function compatibleCandidates(mention: ShortForm, all: readonly NameCandidate[]): NameCandidate[] {
  return all.filter((c) => genderAgrees(mention, c));
}

/**
 * The person a short form stands for, from the set of names in the graph only (so any order of ingestion gives the
 * same answer): the one candidate sharing a title with it ("President Xi" → Xi Jinping; "President Biden" when only
 * Joe Biden is ever "President"), surnames first; without such a title, the one person bearing it as surname or the
 * one named in full three times as often as any other, or, when none bears it as surname, the one person bearing it
 * as given name; undefined when it stays ambiguous. A given name several people bear ("Joe") is left to its article,
 * which may name the one it means (resolvePeople).
 */
export function decideShortForm(form: ShortForm, all: readonly NameCandidate[]): string | undefined {
  const fits = compatibleCandidates(form, all);
  const titled = preferSurnames(fits.filter((c) => c.titles.some((t) => form.titles.includes(t))));
  if (titled.length === 1) return titled[0]?.id;
  if (titled.length > 1) return dominant(titled)?.id;
  const pool = preferSurnames(fits);
  if (pool.length === 1) return pool[0]?.id;
  // how often a Joe is named in full says nothing of which Joe an article's bare "Joe" is
  return pool.every((c) => c.side === 'last') ? dominant(pool)?.id : undefined;
}

/** Where one article's short form belongs: the person it stands for, or itself when ambiguous. */
export function resolveShortMention(mention: ShortMention, all: readonly NameCandidate[]): string {
  return decideShortForm(mention, all) ?? mention.sourceId;
}

/** Those bearing the short form as surname when any does, else those bearing it as first name. */
function preferSurnames(candidates: NameCandidate[]): NameCandidate[] {
  const last = candidates.filter((c) => c.side === 'last');
  return last.length > 0 ? last : candidates.filter((c) => c.side === 'first');
}

// How much more often than any other a person must be named in full to take an untitled short form alone.
const DOMINANCE = 3;

/**
 * The candidate named in full at least three times as often as every other, which an article naming only the surname
 * most likely means ("Biden" of Joe Biden beside a stray "Hunter Biden"); none between family members of comparable
 * prominence (Joe and Jill Biden), which stay ambiguous for the analyst.
 */
function dominant(pool: NameCandidate[]): NameCandidate | undefined {
  const [top, next] = [...pool].sort((a, b) => b.ownMentions - a.ownMentions);
  return top && next && top.ownMentions >= DOMINANCE * Math.max(next.ownMentions, 1) ? top : undefined;
}

/** The candidate an analyst would most likely merge an ambiguous short form into: the most mentioned by full name. */
export function likeliestCandidate(candidates: readonly NameCandidate[]): NameCandidate | undefined {
  return [...candidates].sort(
    (a, b) => b.ownMentions - a.ownMentions || b.articleCount - a.articleCount || a.id.localeCompare(b.id),
  )[0];
}
