import type { ManagedTransaction } from 'neo4j-driver';
import { removeArticles } from './remove-articles';
import { resolutionKeys } from './resolution/person-keys';
import { resolvePeople } from './resolution/resolve-names';
import { acronymKeysOf, resolveAcronyms } from './resolution/resolve-acronyms';

/**
 * Takes stored articles and their whole contribution out in the caller's transaction, then decides the short names
 * and acronyms they touched again; returns the ids that existed.
 */
export async function deleteArticles(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const found = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id', { ids });
  const existing = found.records.map((r) => String(r.get('id')));
  const acronyms = await acronymKeysOf(tx, existing);
  const people = await removeArticles(tx, existing);
  await resolvePeople(tx, people.flatMap(resolutionKeys), people);
  await resolveAcronyms(tx, acronyms);
  return existing;
}
