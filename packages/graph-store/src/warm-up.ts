import { ENTITY_TYPES, PREDICATES, type ExtractedEntity, type ExtractedRelation } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { deleteArticles } from './delete-articles';
import { unchangedArticles } from './queries/unchanged-articles';
import { writeArticles, type ArticleToWrite } from './write-articles';

/** Thrown inside the warm-up transaction so the driver rolls it back; nothing it wrote is ever seen. */
const ROLLBACK = new Error('warm-up rolled back');

/** Times the warm-up batch is written: enough for every statement to be planned and its code paths compiled. */
const ROUNDS = 4;

/** Rounds written in the one committed transaction: 60 articles, about 400 entities, some with over 50 relationships. */
const COMMITTED_ROUNDS = 30;

/** Articles a committed warm-up round wrote and did not take out (the process died between its two transactions). */
const LEFT_BEHIND = `
MATCH (a:Article) WHERE a.id STARTS WITH 'warm-up-' AND a.extractorVersion = 'warm-up'
RETURN a.id AS id`;

/** An organisation named in full with its acronym (article 0), and the acronym alone (article 1), for acronym resolution. */
const AGENCY = 'Warmup Acronym Agency';
const ACRONYM = 'WAA';

/**
 * Articles that make every write statement run with real rows: an entity of each type (a person with a short
 * form and a title, for name resolution), a relation of each predicate, a quote; ids no extractor produces. The
 * second article also names the first one's person by surname alone and its agency by acronym alone, each with a
 * relation of every predicate, so both resolutions move mentions and claims and rebuild a relation of each type.
 */
function warmUpBatch(round: number): ArticleToWrite[] {
  return [0, 1].map((n) => {
    const names = ENTITY_TYPES.map((type) => `Warmup ${type} ${round}x${n}`);
    const extra = n === 0 ? AGENCY : `${ACRONYM} and ${round}x0`;
    const text = `President ${names.join(' and ')} said "warm up" to Warmup, with ${extra}.`;
    const mention = (name: string): ExtractedEntity['mentions'] => {
      const start = text.lastIndexOf(name);
      return [{ start, end: start + name.length, text: name, kind: 'name' }];
    };
    const entities: ExtractedEntity[] = ENTITY_TYPES.map((type, i) => {
      const name = names[i] ?? type;
      const id = type === 'Person' ? `person:warmup-${round}x${n}` : `warm-up:${type.toLowerCase()}-${round}x${n}`;
      return { id, name, type, aliases: ['Warmup'], mentions: mention(name) };
    });
    entities.push({ id: 'person:warmup', name: 'Warmup', type: 'Person', aliases: [], mentions: mention('Warmup') });
    const evidence = { start: 0, end: text.length, text };
    const relations: ExtractedRelation[] = PREDICATES.map((predicate, i) => ({
      subject: entities[i % ENTITY_TYPES.length]?.id ?? '',
      predicate,
      object: entities[(i + 1) % ENTITY_TYPES.length]?.id ?? '',
      confidence: 0.5,
      attributes: { title: 'president' },
      evidence,
    }));
    if (n === 0) {
      entities.push({
        id: 'warm-up:agency',
        name: AGENCY,
        type: 'Organization',
        aliases: [ACRONYM],
        mentions: mention(AGENCY),
      });
    } else {
      const surname = `person:${round}x0`;
      entities.push(
        { id: 'warm-up:acronym', name: ACRONYM, type: 'Organization', aliases: [], mentions: mention(ACRONYM) },
        { id: surname, name: `${round}x0`, type: 'Person', aliases: [], mentions: mention(`${round}x0`) },
      );
      for (const predicate of PREDICATES)
        relations.push({ subject: surname, predicate, object: 'warm-up:acronym', confidence: 0.5, evidence });
    }
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
 * On a graph without articles one more round is committed and then deleted (ADR 17). Stops before its next round
 * once `stopWhen` says real writes are waiting (ADR 16).
 */
export async function warmUp(
  runWrite: (work: (tx: ManagedTransaction) => Promise<void>) => Promise<void>,
  stopWhen: () => boolean = () => false,
): Promise<void> {
  const graph = { empty: false };
  await runWrite(async (tx) => {
    const left = (await tx.run(LEFT_BEHIND)).records.map((r) => String(r.get('id')));
    if (left.length > 0) await deleteArticles(tx, left);
    graph.empty = (await tx.run('MATCH (a:Article) RETURN count(a) = 0 AS empty')).records[0]?.get('empty') === true;
  });
  for (let round = 0; round < ROUNDS; round++) {
    // Real writes waiting plan and compile the same statements themselves: warming further only delays them.
    if (stopWhen()) return;
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
  if (stopWhen()) return;
  // A rolled-back write never commits, so the first real commit loaded and compiled the commit path and the full-text
  // indexes' writer (about 700 classes, 2–3 CPU-s of a 400-article ingest). Enough articles for that code to get hot
  // are committed and taken out again: the graph holds no article before and after.
  if (graph.empty) {
    const batch = Array.from({ length: COMMITTED_ROUNDS }, (_, i) => warmUpBatch(ROUNDS + i)).flat();
    await runWrite(async (tx) => {
      await writeArticles(tx, batch, new Date().toISOString());
    });
    await runWrite(async (tx) => {
      await deleteArticles(
        tx,
        batch.map((b) => b.article.id),
      );
    });
  }
  await runWrite(async (tx) => {
    await tx.run('MATCH (e:Entity) RETURN count(e.id) AS n');
    await tx.run('MATCH (a:Article) RETURN count(a.contentHash) AS n');
  });
}
