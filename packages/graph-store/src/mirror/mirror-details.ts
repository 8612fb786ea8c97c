import {
  NewsgraphError,
  PREDICATES,
  relationKey,
  type EntityDetails,
  type EntityDetailsQuery,
  type EntityQuote,
  type EntityRef,
  type EntityRelation,
  type Evidence,
  type PathEdge,
  type RelationGroup,
} from '@newsgraph/schema';
import { RELATION_CAP } from '../queries/entity-details';
import type { MirrorData } from './mirror-data';
import type { MirrorRelation } from './mirror-load';
import { mirrorEdge } from './mirror-neighbourhood';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (r: MirrorRelation): string => relationKey(r.source, r.predicate, r.target);

/** The sentences of a relation's latest `limit` claims, at most `limit` of them, cited as `EVIDENCE_OF` cites them. */
export function mirrorEvidence(data: MirrorData, relation: MirrorRelation, limit: number): Evidence[] {
  const out: Evidence[] = [];
  for (const claim of (data.details.claims.get(keyOf(relation)) ?? []).slice(0, limit)) {
    const a = data.details.articles.get(claim.articleId);
    for (const text of claim.evidence) {
      if (out.length >= limit) return out;
      out.push({
        articleId: claim.articleId,
        text,
        title: a?.title ?? null,
        publisher: a?.publisher ?? null,
        source: a?.source ?? null,
        publishedAt: a?.publishedAt ?? null,
        url: a?.url ?? null,
      });
    }
  }
  return out;
}

/** The hops of paths as `EDGES` in `paths` reads them, in the order given; undefined when one is not held. */
export function mirrorPathEdges(data: MirrorData, ids: readonly string[], evidence: number): PathEdge[] | undefined {
  const edges: PathEdge[] = [];
  for (const id of ids) {
    const r = data.relations[data.relationById.get(id) ?? -1];
    if (!r) return undefined;
    edges.push({ data: { ...mirrorEdge(r).data, evidence: mirrorEvidence(data, r, evidence) } });
  }
  return edges;
}

function refOf(data: MirrorData, id: string): EntityRef {
  const e = data.entities[data.byId.get(id) ?? -1];
  if (!e) throw new Error(`no entity ${id} in the mirror`);
  return { id: e.id, name: e.name, type: e.type };
}

interface Row {
  predicate: RelationGroup['predicate'];
  direction: 'out' | 'in';
  other: string;
  relation: MirrorRelation;
}

/** The entity's relations as `RELATIONS` in `entityDetails` orders them: best supported, most confident, other's id. */
function relationRows(data: MirrorData, entity: number, id: string): Row[] {
  const rows: Row[] = [];
  for (const { relation } of data.adjacent[entity] ?? []) {
    const r = data.relations[relation];
    if (!r) continue;
    if (r.source === id) rows.push({ predicate: r.predicate, direction: 'out', other: r.target, relation: r });
    if (r.target === id) rows.push({ predicate: r.predicate, direction: 'in', other: r.source, relation: r });
  }
  return rows.sort(
    (a, b) =>
      b.relation.articles - a.relation.articles ||
      b.relation.confidence - a.relation.confidence ||
      compare(a.other, b.other),
  );
}

function relationOf(data: MirrorData, row: Row, evidence: number): EntityRelation {
  const r = row.relation;
  return {
    other: refOf(data, row.other),
    sentenceCount: r.sentences,
    articleCount: r.articles,
    outletCount: data.details.outlets.get(keyOf(r)) ?? 0,
    confidence: r.confidence,
    title: r.title,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    evidence: mirrorEvidence(data, r, evidence),
  };
}

/** Groups by predicate (in the ontology's order) and direction (outgoing first), keeping the rows' order. */
function group(data: MirrorData, rows: Row[], evidence: number): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const row of rows) {
    const key = `${row.predicate}|${row.direction}`;
    const found = groups.get(key) ?? { predicate: row.predicate, direction: row.direction, relations: [] };
    found.relations.push(relationOf(data, row, evidence));
    groups.set(key, found);
  }
  const rank = (g: RelationGroup): number => PREDICATES.indexOf(g.predicate) * 2 + (g.direction === 'out' ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/**
 * What `entityDetails` reads from Neo4j, from the mirror: the same fields, order and caps. Built without a zod pass,
 * as neighbourhoods are: the rows were checked when read, and the response is checked before it leaves.
 */
export function mirrorEntityDetails(data: MirrorData, id: string, query: EntityDetailsQuery): EntityDetails {
  const index = data.byId.get(id);
  const e = index === undefined ? undefined : data.entities[index];
  if (index === undefined || !e) throw new NewsgraphError('NOT_FOUND', `no entity with id "${id}"`);
  const rows = relationRows(data, index, id);
  const { mentionStart, mentionArticle, mentionCount } = data.details;
  const start = mentionStart[index] ?? 0;
  const end = Math.min(mentionStart[index + 1] ?? start, start + query.articles);
  const articles: EntityDetails['articles'] = [];
  for (let m = start; m < end; m++) {
    const a = mentionArticle[m];
    if (a) articles.push({ ...a, mentionCount: mentionCount[m] ?? 0 });
  }
  const speaker = { id: e.id, name: e.name, type: e.type };
  const quotes: EntityQuote[] = (data.details.quotes.get(index) ?? []).slice(0, query.quotes).map((q) => ({
    id: q.id,
    text: q.text,
    articleId: q.articleId,
    speaker,
    about: q.about.map((x) => refOf(data, x)),
  }));
  return {
    entity: {
      id: e.id,
      name: e.name,
      type: e.type,
      kind: e.kind,
      aliases: e.aliases,
      mentionCount: e.mentionCount ?? 0,
      articleCount: e.articleCount,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
    },
    relations: group(data, rows.slice(0, RELATION_CAP), query.evidence),
    relationsTruncated: rows.length > RELATION_CAP,
    articles,
    quotes,
  };
}
