import { ENTITY_TYPES, PREDICATES, type ExtractedEntity, type ExtractedRelation } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { unchangedArticles } from './queries/unchanged-articles';
import { writeArticles, type ArticleToWrite } from './write-articles';

/** Thrown inside the warm-up transaction so the driver rolls it back; nothing it wrote is ever seen. */
const ROLLBACK = new Error('warm-up rolled back');

/** Times the warm-up batch is written: enough for every statement to be planned and its code paths compiled. */
const ROUNDS = 4;

/**
 * Articles that make every write statement run with real rows: an entity of each type (a person with a short
 * form and a title, for name resolution), a relation of each predicate, a quote; ids no extractor produces.
 */
function warmUpBatch(round: number): ArticleToWrite[] {
  return [0, 1].map((n) => {
    const names = ENTITY_TYPES.map((type) => `Warmup ${type} ${round}x${n}`);
    const text = `President ${names.join(' and ')} said "warm up" to Warmup.`;
    const entities: ExtractedEntity[] = ENTITY_TYPES.map((type, i) => {
      const name = names[i] ?? type;
      const start = text.indexOf(name);
      const id = type === 'Person' ? `person:warmup-${round}x${n}` : `warm-up:${type.toLowerCase()}-${round}x${n}`;
      return {
        id,
        name,
        type,
        aliases: ['Warmup'],
        mentions: [{ start, end: start + name.length, text: name, kind: 'name' }],
      };
    });
    const short = text.lastIndexOf('Warmup');
    entities.push({
      id: 'person:warmup',
      name: 'Warmup',
      type: 'Person',
      aliases: [],
      mentions: [{ start: short, end: short + 'Warmup'.length, text: 'Warmup', kind: 'name' }],
    });
    const evidence = { start: 0, end: text.length, text };
    const relations: ExtractedRelation[] = PREDICATES.map((predicate, i) => ({
      subject: entities[i % ENTITY_TYPES.length]?.id ?? '',
      predicate,
      object: entities[(i + 1) % ENTITY_TYPES.length]?.id ?? '',
      confidence: 0.5,
      attributes: { title: 'president' },
      evidence,
    }));
    const quoteStart = text.indexOf('"');
    const quote = { start: quoteStart, end: quoteStart + 9, text: text.slice(quoteStart, quoteStart + 9) };
    const id = `warm-up-${round}-${n}`;
    return {
      article: { id, text, title: 'Warm-up', url: `warm-up:${id}`, extractorVersion: 'warm-up', contentHash: id },
      extraction: { id, entities, relations, quotes: [{ ...quote, speaker: entities[0]?.id ?? '', about: [] }] },
    };
  });
}

/**
 * Writes and rolls back articles that touch every write statement, then reads the stored ids: a freshly started
 * Neo4j plans its queries, compiles their code paths and loads the pages ingest needs before the first real batch.
 */
export async function warmUp(
  runWrite: (work: (tx: ManagedTransaction) => Promise<void>) => Promise<void>,
): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    const batch = warmUpBatch(round);
    try {
      await runWrite(async (tx) => {
        await unchangedArticles(
          tx,
          batch.map((b) => ({ id: b.article.id, contentHash: 'none' })),
          'warm-up',
        );
        await writeArticles(tx, batch, new Date().toISOString());
        throw ROLLBACK;
      });
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
  }
  await runWrite(async (tx) => {
    await tx.run('MATCH (e:Entity) RETURN count(e.id) AS n');
    await tx.run('MATCH (a:Article) RETURN count(a.contentHash) AS n');
  });
}
