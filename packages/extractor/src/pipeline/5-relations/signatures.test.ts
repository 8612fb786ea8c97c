import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, PREDICATES, PREDICATE_SIGNATURES, type ExtractionResult } from '@newsgraph/schema';
import { extract } from '../../extract';
import { normalise } from '../1-layout/normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import { emit } from './sentence-view';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const seed = readFileSync(join(ROOT, 'packages', 'extractor', 'tests', 'fixtures', 'seed-global-times.txt'), 'utf8');
const corpus = readFileSync(join(ROOT, 'seeds', 'whitehouse-demo.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string });

/** Each relation whose subject or object type its predicate's signature does not list. */
function forbidden(r: ExtractionResult): string[] {
  const type = (id: string): string | undefined => r.entities.find((e) => e.id === id)?.type;
  return r.relations
    .filter((rel) => {
      const signature = PREDICATE_SIGNATURES[rel.predicate];
      const [s, o] = [type(rel.subject), type(rel.object)];
      return !signature.subject.some((t) => t === s) || !signature.object.some((t) => t === o);
    })
    .map(
      (rel) => `${r.id}: ${rel.subject} (${type(rel.subject)}) ${rel.predicate} ${rel.object} (${type(rel.object)})`,
    );
}

describe('predicate signatures', () => {
  it('hold for every relation extracted from the seed article and the demo corpus', () => {
    const results = [extract({ id: 'seed', text: seed }), ...corpus.map((a) => extract({ id: a.id, text: a.text }))];
    const relations = results.flatMap((r) => r.relations);
    // the check is only as good as what it sees: the outputs must exercise most predicates
    expect(new Set(relations.map((r) => r.predicate)).size).toBeGreaterThanOrEqual(8);
    expect(results.flatMap(forbidden)).toEqual([]);
  });

  it.each(PREDICATES)('%s: emit takes exactly the subject and object types its signature lists', (predicate) => {
    const signature = PREDICATE_SIGNATURES[predicate];
    const pairs = ENTITY_TYPES.flatMap((s) => ENTITY_TYPES.map((o) => [s, o] as const));
    const taken = pairs.filter(([subjectType, objectType]) => {
      const doc = splitSentences(normalise('Alpha Beta met Gamma Delta.'));
      doc.entities.set('s', { id: 's', name: 'Alpha Beta', type: subjectType, aliases: new Set() });
      doc.entities.set('o', { id: 'o', name: 'Gamma Delta', type: objectType, aliases: new Set() });
      const sentence = doc.sentences[0];
      if (!sentence) throw new Error('no sentence');
      emit({ doc, sentence, mentions: [] }, 's', predicate, 'o', 0.9);
      return doc.relations.some((r) => r.subject === 's' && r.predicate === predicate && r.object === 'o');
    });
    const listed = pairs.filter(([s, o]) => signature.subject.includes(s) && signature.object.includes(o));
    expect(taken).toEqual(listed);
  });
});
