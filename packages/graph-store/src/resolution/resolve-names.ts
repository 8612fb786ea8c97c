import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { decideShortForm, type NameCandidate } from './decide';
import { applyMoves, type Move } from './move-mentions';
import { refreshEntities } from './refresh-entities';
import { timeStep, type StepTimer } from '../step-timer';

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

// Only the mentions whose entity differs from the decision travel back: the graph holds thousands of "Biden"s. A short
// form the graph leaves open goes to the one person its own article names with that given name ("Joe" beside "Joe
// Biden", or beside a "Biden" resolved to him) when no one in the article bears it as surname; the article's other
// short forms count only through the people they resolve to by surname or title, so these choices never feed each other.
const MOVES = `
UNWIND $decisions AS d
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE m.shortKey = d.key AND coalesce(m.titles, []) = d.titles
  AND ($articles IS NULL OR a.id IN $articles)
CALL (a, d) {
  OPTIONAL MATCH (a)-[n:MENTIONS]->(p:Person)
  WHERE d.target IS NULL
    AND ((p.firstKey = d.key AND coalesce(n.shortKey, '') <> d.key) OR (p.lastKey = d.key AND n.shortKey IS NULL))
  RETURN collect(DISTINCT p) AS named
}
WITH a, m, e, d, CASE WHEN size(named) = 1 AND named[0].firstKey = d.key THEN named[0].id END AS local
WITH a, m, e, coalesce(d.target, local, m.sourceId) AS target
WHERE e.id <> target
RETURN a.id AS articleId, m.sourceId AS sourceId, target`;

// The short forms of articles whose mentions just moved: what their articles name may have changed.
const FORMS_OF_ARTICLES = `
UNWIND $articles AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(:Entity) WHERE m.shortKey IS NOT NULL
RETURN DISTINCT m.shortKey AS key, coalesce(m.titles, []) AS titles`;

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
  timer?: StepTimer,
): Promise<void> {
  const unique = [...new Set(keys)].sort();
  // candidates' own titles and counts first, since decisions read them
  await timeStep(timer, 'people: refresh written', () => refreshEntities(tx, touched));
  if (unique.length === 0) return;
  const { candidates, changed } = await timeStep(timer, 'people: decide and move', async () => {
    const candidates = await candidatesByKey(tx, unique);
    const forms = (await tx.run(SHORT_FORMS, { keys: unique })).records.map((r) => ShortFormSchema.parse(r.toObject()));
    const moved = await decideAndMove(tx, forms, candidates, null);
    // a surname resolved anew changes who its article names, so that article's given names are decided again
    const articles = [...new Set(moved.moves.map((m) => m.articleId))].sort();
    let changed = moved.changed;
    if (articles.length > 0) {
      const again = (await tx.run(FORMS_OF_ARTICLES, { articles })).records.map((r) =>
        ShortFormSchema.parse(r.toObject()),
      );
      const more = [...new Set(again.map((f) => f.key))].filter((k) => !candidates.has(k));
      for (const [key, list] of await candidatesByKey(tx, more)) candidates.set(key, list);
      changed = [...changed, ...(await decideAndMove(tx, again, candidates, articles)).changed];
    }
    return { candidates, changed };
  });
  await timeStep(timer, 'people: refresh moved', () => refreshEntities(tx, changed));
  const lone = unique.filter((k) => isLoneFirstName(candidates.get(k) ?? []));
  await timeStep(timer, 'people: mark lone first names', async () => tx.run(MARK_LONE, { keys: unique, lone }));
}

/** Decides each short form (in these articles only, or everywhere when null), moves what changed and says what moved. */
async function decideAndMove(
  tx: ManagedTransaction,
  forms: readonly z.infer<typeof ShortFormSchema>[],
  candidates: ReadonlyMap<string, NameCandidate[]>,
  articles: readonly string[] | null,
): Promise<{ moves: Move[]; changed: string[] }> {
  // null leaves each mention to its article, then to its own source id: the query fills those in
  const decisions = forms.map((form) => ({
    ...form,
    target: decideShortForm(form, candidates.get(form.key) ?? []) ?? null,
  }));
  if (decisions.length === 0) return { moves: [], changed: [] };
  const found = await tx.run(MOVES, { decisions, articles: articles === null ? null : [...articles] });
  const moves = found.records.map((record) => MoveSchema.parse(record.toObject()));
  return { moves, changed: await applyMoves(tx, moves) };
}
