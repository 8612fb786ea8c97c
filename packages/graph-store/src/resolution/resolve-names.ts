import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { decideShortForm, type NameCandidate } from './decide';
import { applyMoves, type Move } from './move-mentions';
import { refreshEntities } from './refresh-entities';

const CANDIDATES = `
UNWIND $keys AS k
CALL (k) {
  MATCH (e:Person {lastKey: k}) RETURN e, 'last' AS side
  UNION
  MATCH (e:Person {firstKey: k}) RETURN e, 'first' AS side
}
RETURN k AS key, e.id AS id, e.name AS name, side, coalesce(e.ownMentions, 0) AS ownMentions,
       coalesce(e.articleCount, 0) AS articleCount, coalesce(e.titles, []) AS titles`;

// A decision reads only the short form's key and the titles written before it, so each distinct pair is decided once.
const SHORT_FORMS = `
UNWIND $keys AS k
MATCH (:Article)-[m:MENTIONS]->(:Entity) WHERE m.shortKey = k
RETURN DISTINCT k AS key, coalesce(m.titles, []) AS titles`;

// Only the mentions whose entity differs from the decision travel back: the graph holds thousands of "Biden"s.
const MOVES = `
UNWIND $decisions AS d
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE m.shortKey = d.key AND coalesce(m.titles, []) = d.titles
WITH a, m, e, coalesce(d.target, m.sourceId) AS target
WHERE e.id <> target
RETURN a.id AS articleId, m.sourceId AS sourceId, target`;

// A short form that is only ever someone's given name and was left apart ("Peter", among many Peters) names no one an
// analyst could cite: it stays in the graph and in the ambiguous list, but out of entity listings.
const MARK_LONE = `
UNWIND $keys AS k
MATCH (:Article)-[m:MENTIONS]->(e:Person) WHERE m.shortKey = k AND m.sourceId = e.id
WITH DISTINCT e, k IN $lone AS lone
SET e.loneFirstName = CASE WHEN lone THEN true ELSE null END`;

/** Whether a short form is a given name only: some people bear it first, none as surname. */
export function isLoneFirstName(candidates: readonly NameCandidate[]): boolean {
  return candidates.length > 0 && candidates.every((c) => c.side === 'first');
}

const CandidateRowSchema = z.object({
  key: z.string(),
  id: z.string(),
  name: z.string(),
  side: z.enum(['first', 'last']),
  ownMentions: z.number(),
  articleCount: z.number(),
  titles: z.array(z.string()),
});
const ShortFormSchema = z.object({ key: z.string(), titles: z.array(z.string()) });
const MoveSchema = z.object({ articleId: z.string(), sourceId: z.string(), target: z.string() });

/** The full-named people each key may stand for, as the graph holds them now. */
export async function candidatesByKey(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, NameCandidate[]>> {
  const byKey = new Map<string, NameCandidate[]>();
  const result = await tx.run(CANDIDATES, { keys: [...keys] });
  for (const record of result.records) {
    const { key, titles, ...candidate } = CandidateRowSchema.parse(record.toObject());
    byKey.set(key, [...(byKey.get(key) ?? []), { ...candidate, titles: [...titles].sort() }]);
  }
  return byKey;
}

/**
 * Re-decides, for every short person name with one of these keys ("biden"), which entity each article's
 * mentions of it belong to, and moves what changed; then refreshes the people touched. It runs after every
 * write and removal in the same transaction, and each decision reads only the set of names in the graph, so
 * the graph does not depend on the order articles arrive in.
 */
export async function resolvePeople(
  tx: ManagedTransaction,
  keys: readonly string[],
  touched: readonly string[],
): Promise<void> {
  const unique = [...new Set(keys)].sort();
  // candidates' own titles and counts first, since decisions read them
  await refreshEntities(tx, touched);
  if (unique.length === 0) return;
  const candidates = await candidatesByKey(tx, unique);
  const forms = await tx.run(SHORT_FORMS, { keys: unique });
  const decisions = forms.records.map((record) => {
    const form = ShortFormSchema.parse(record.toObject());
    // null keeps each mention with its own source id: the query fills that in
    return { ...form, target: decideShortForm(form, candidates.get(form.key) ?? []) ?? null };
  });
  const found = decisions.length > 0 ? await tx.run(MOVES, { decisions }) : undefined;
  const moves: Move[] = (found?.records ?? []).map((record) => MoveSchema.parse(record.toObject()));
  const changed = await applyMoves(tx, moves);
  await refreshEntities(tx, changed);
  const lone = unique.filter((k) => isLoneFirstName(candidates.get(k) ?? []));
  await tx.run(MARK_LONE, { keys: unique, lone });
}
