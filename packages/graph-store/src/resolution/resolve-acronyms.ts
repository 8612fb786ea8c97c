import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { decideAcronym, type AcronymCandidate } from './decide-acronym';
import { applyMoves, type Move } from './move-mentions';
import { refreshEntities } from './refresh-entities';
import { timeStep, type StepTimer } from '../step-timer';

const CANDIDATES = `
UNWIND $keys AS k
MATCH (a:Article)-[m:MENTIONS]->(e:Organization) WHERE m.expandsKey = k AND m.sourceId = e.id
RETURN k AS key, e.id AS id, count(DISTINCT a) AS support`;

// Only the mentions whose entity differs from the decision travel back.
const MOVES = `
UNWIND $decisions AS d
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE m.acronymKey = d.key
WITH a, m, e, coalesce(d.target, m.sourceId) AS target
WHERE e.id <> target
RETURN a.id AS articleId, m.sourceId AS sourceId, target`;

const KEYS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(:Organization)
WITH [k IN collect(m.acronymKey) + collect(m.expandsKey) WHERE k IS NOT NULL] AS keys
RETURN keys`;

const CandidateRowSchema = z.object({ key: z.string(), id: z.string(), support: z.number() });
const MoveSchema = z.object({ articleId: z.string(), sourceId: z.string(), target: z.string() });

/** The acronyms whose resolution these stored articles take part in, read before the articles are taken out. */
export async function acronymKeysOf(tx: ManagedTransaction, articleIds: readonly string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const result = await tx.run(KEYS_OF_ARTICLES, { ids: [...articleIds] });
  return (result.records[0]?.get('keys') as string[] | undefined) ?? [];
}

/**
 * Re-decides, for every acronym with one of these keys, which organisation its articles' lone mentions belong to
 * ("FEMA" in an article that never spells it out → the Federal Emergency Management Agency, which other articles
 * expand it to), moves what changed and refreshes the candidates and what moved; like people's resolution it reads
 * only the set of articles, so the graph does not depend on the order they arrive in.
 */
export async function resolveAcronyms(
  tx: ManagedTransaction,
  keys: readonly string[],
  timer?: StepTimer,
): Promise<void> {
  const unique = [...new Set(keys)].sort();
  if (unique.length === 0) return;
  const { changed, candidates } = await timeStep(timer, 'acronyms: decide and move', async () => {
    const byKey = new Map<string, AcronymCandidate[]>();
    for (const record of (await tx.run(CANDIDATES, { keys: unique })).records) {
      const { key, ...candidate } = CandidateRowSchema.parse(record.toObject());
      byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
    }
    const decisions = unique.map((key) => ({ key, target: decideAcronym(byKey.get(key) ?? []) ?? null }));
    const found = await tx.run(MOVES, { decisions });
    const moves: Move[] = found.records.map((record) => MoveSchema.parse(record.toObject()));
    return {
      changed: await applyMoves(tx, moves, 'Organization'),
      candidates: [...byKey.values()].flatMap((list) => list.map((c) => c.id)),
    };
  });
  // every candidate too, so names and aliases read the same whatever order their articles came in
  await timeStep(timer, 'acronyms: refresh', () => refreshEntities(tx, [...changed, ...candidates]));
}
