import { relationKeyCypher, type Period } from '@newsgraph/schema';

/** The key a relation's claims carry (`subject|predicate|object`), written in Cypher over its two ends. */
export const claimKey = (subject: string, relation: string, object: string): string =>
  relationKeyCypher(`${subject}.id`, `type(${relation})`, `${object}.id`);

/** The period condition on a claim `c`: its article's publication date (or ingest date) within since..until. */
export const IN_PERIOD = `($since IS NULL OR c.seen >= $since) AND ($until IS NULL OR left(c.seen, size($until)) <= $until)`;

/** Parameters every claim query takes, absent ends of the period as null. */
export const periodParams = (period: Period): { since: string | null; until: string | null } => ({
  since: period.since ?? null,
  until: period.until ?? null,
});

/** A claim's sentence `t` with the article `a` it comes from, as the API's Evidence. */
export const CITED = `{articleId: c.articleId, text: t, title: a.title, publisher: a.publisher, source: a.source,
  publishedAt: a.publishedAt, url: a.url}`;

/**
 * The evidence of the relation `r` from `s` to `o`: the sentences of its latest claims in the period, at most
 * `$evidence` of them, each cited with its article; binds `evidence`.
 */
export const EVIDENCE_OF = (s: string, r: string, o: string): string => `
CALL (${s}, ${r}, ${o}) {
  MATCH (c:Claim {key: ${claimKey(s, r, o)}}) WHERE ${IN_PERIOD}
  WITH c ORDER BY c.seen DESC, c.articleId LIMIT toInteger($evidence)
  OPTIONAL MATCH (a:Article {id: c.articleId})
  UNWIND c.evidence AS t
  RETURN collect(${CITED})[..toInteger($evidence)] AS evidence
}`;

/**
 * The support of the relation `r` from `s` to `o`: its stored totals, or with a period the totals of the claims
 * published in it; binds `articles`, `sentences`, `confidence`, `firstSeen` and `lastSeen`.
 */
export const SUPPORT_OF = (s: string, r: string, o: string, period: Period): string =>
  period.since || period.until
    ? `
CALL (${s}, ${r}, ${o}) {
  MATCH (c:Claim {key: ${claimKey(s, r, o)}}) WHERE ${IN_PERIOD}
  RETURN count(DISTINCT c.articleId) AS articles, coalesce(sum(c.sentenceCount), 0) AS sentences,
         coalesce(max(c.confidence), 0.0) AS confidence, min(c.seen) AS firstSeen, max(c.seen) AS lastSeen
}`
    : `
WITH *, coalesce(${r}.articleCount, 0) AS articles, coalesce(${r}.sentenceCount, 0) AS sentences,
     coalesce(${r}.confidence, 0.0) AS confidence, ${r}.firstSeen AS firstSeen, ${r}.lastSeen AS lastSeen`;
