import { relationKeyCypher } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { rebuildRelations } from './rebuild-relations';

/** One article's mentions of `sourceId` (as the extractor named them) now belong to `target`. */
export interface Move {
  articleId: string;
  sourceId: string;
  target: string;
}

// A short form whose resolution is undone needs its own node back; its fields are refreshed from its mentions.
const ENSURE_TARGETS = (label: 'Person' | 'Organization'): string => `
UNWIND $ids AS id
MERGE (e:Entity {id: id})
  ON CREATE SET e:${label}, e.type = '${label}', e.name = id, e.aliases = [], e.aliasText = '', e.mentionCount = 0, e.articleCount = 0`;

const MOVE_MENTIONS = `
UNWIND $moves AS mv
MATCH (a:Article {id: mv.articleId})-[m:MENTIONS]->(old:Entity)
WHERE m.sourceId = mv.sourceId AND old.id <> mv.target
MATCH (t:Entity {id: mv.target})
CREATE (a)-[n:MENTIONS]->(t)
SET n = properties(m)
DELETE m
RETURN collect(DISTINCT old.id) AS old`;

// Claims keep the extractor's ids beside the resolved ones, so a move can be undone and every relation stays traceable.
const MOVE_CLAIMS = `
UNWIND $moves AS mv
MATCH (c:Claim {articleId: mv.articleId})
WHERE c.sourceSubject = mv.sourceId OR c.sourceObject = mv.sourceId
WITH c, mv, c.key AS before
SET c.subject = CASE WHEN c.sourceSubject = mv.sourceId THEN mv.target ELSE c.subject END,
    c.object = CASE WHEN c.sourceObject = mv.sourceId THEN mv.target ELSE c.object END
SET c.key = ${relationKeyCypher('c.subject', 'c.predicate', 'c.object')}
RETURN collect(DISTINCT before) + collect(DISTINCT c.key) AS keys`;

const MOVE_SPEAKERS = `
UNWIND $moves AS mv
MATCH (q:Quote {articleId: mv.articleId}) WHERE q.speakerSource = mv.sourceId
MATCH (t:Entity {id: mv.target})
OPTIONAL MATCH (:Entity)-[s:SAID]->(q)
DELETE s
MERGE (t)-[:SAID]->(q)`;

const MOVE_TOPICS = `
UNWIND $moves AS mv
MATCH (q:Quote {articleId: mv.articleId})-[ab:ABOUT]->(:Entity) WHERE ab.sourceId = mv.sourceId
MATCH (t:Entity {id: mv.target})
DELETE ab
MERGE (q)-[:ABOUT {sourceId: mv.sourceId}]->(t)`;

/**
 * Points each article's mentions, claims (and so relations) and quotes of a name at the entity it resolves to,
 * in the caller's transaction; returns the entities that lost or gained mentions, to be refreshed. `type` is what a
 * target that no longer exists is created as: people's short forms, organisations' acronyms.
 */
export async function applyMoves(
  tx: ManagedTransaction,
  moves: readonly Move[],
  type: 'Person' | 'Organization' = 'Person',
): Promise<string[]> {
  if (moves.length === 0) return [];
  const params = { moves: [...moves] };
  const targets = [...new Set(moves.map((m) => m.target))];
  await tx.run(ENSURE_TARGETS(type), { ids: targets });
  const moved = await tx.run(MOVE_MENTIONS, params);
  const old = (moved.records[0]?.get('old') as string[] | undefined) ?? [];
  const claims = await tx.run(MOVE_CLAIMS, params);
  await rebuildRelations(tx, (claims.records[0]?.get('keys') as string[] | undefined) ?? []);
  await tx.run(MOVE_SPEAKERS, params);
  await tx.run(MOVE_TOPICS, params);
  return [...new Set([...old, ...targets])];
}
