import { z } from 'zod';

/** Requests drawn from the graph itself, so the load looks like people exploring it. */
export interface Samples {
  /** Most-mentioned entities first: what people open. */
  entities: { id: string; name: string }[];
  /** Pairs of well-connected entities, for paths. */
  pairs: [from: string, to: string][];
  /** Search words: first words of those names, some cut short as typed. */
  terms: string[];
}

const CypherAnswer = z.object({ rows: z.array(z.array(z.unknown())) });

/** Asks the API's read-only Cypher for the `count` most-mentioned entities (and the most connected among them). */
export async function drawSamples(baseUrl: string, count: number): Promise<Samples> {
  const rows = await cypher(
    baseUrl,
    'MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY e.mentionCount DESC, e.id LIMIT toInteger($count)',
    { count },
  );
  const entities = rows.map(([id, name]) => ({ id: z.string().parse(id), name: z.string().parse(name) }));
  if (entities.length < 2) throw new Error(`the graph at ${baseUrl} has ${entities.length} entities; ingest first`);
  const connected = (
    await cypher(
      baseUrl,
      'MATCH (e:Entity)-[r]-(:Entity) WITH e, count(r) AS degree ORDER BY degree DESC, e.id LIMIT toInteger($count) RETURN e.id',
      { count },
    )
  ).map(([id]) => z.string().parse(id));
  const pairs: [string, string][] = [];
  for (let i = 0; i < connected.length; i += 1) {
    const from = connected[i];
    const to = connected[(i * 7 + 3) % connected.length];
    if (from && to && from !== to) pairs.push([from, to]);
  }
  const terms = entities.map(({ name }, i) => {
    const word = name.split(/\s+/)[0] ?? name;
    return i % 3 === 0 && word.length > 4 ? word.slice(0, 4) : word;
  });
  return { entities, pairs, terms };
}

async function cypher(baseUrl: string, query: string, params: Record<string, unknown>): Promise<unknown[][]> {
  const response = await fetch(`${baseUrl}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  if (!response.ok) throw new Error(`POST /api/cypher answered ${response.status}: ${await response.text()}`);
  return CypherAnswer.parse(await response.json()).rows;
}
