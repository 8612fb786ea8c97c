// End-to-end NER check from raw text: reads {id,text} JSON Lines, tags with the bundled model, writes contract-shaped
// records for ../shared/eval/ner_score.mjs, and reports load time and throughput on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadNerModel } from '../src/ner/index';

const TYPE = { PER: 'Person', ORG: 'Organization', LOC: 'Location' } as const;
const [input = '/tmp/dev.jsonl', output = '/tmp/ner-dev-out.jsonl'] = process.argv.slice(2);

const docs = readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });

let t = performance.now();
const model = loadNerModel();
const loadMs = performance.now() - t;

let chars = 0;
const lines: string[] = [];
t = performance.now();
for (const d of docs) {
  chars += d.text.length;
  const spans = model.tagDocument(d.text);
  const entities = spans.flatMap((s, i) => {
    if (s.type === 'MISC') return [];
    const text = d.text.slice(s.start, s.end);
    return [
      {
        id: `e${i}`,
        name: text,
        type: TYPE[s.type],
        aliases: [],
        mentions: [{ start: s.start, end: s.end, text, kind: 'name' }],
      },
    ];
  });
  lines.push(JSON.stringify({ id: d.id, entities, relations: [], quotes: [] }));
}
const secs = (performance.now() - t) / 1000;
writeFileSync(output, lines.join('\n') + '\n');
console.error(
  `load ${loadMs.toFixed(0)} ms; ${docs.length} docs, ${chars} chars in ${secs.toFixed(2)} s = ${Math.round(chars / secs)} chars/s`,
);
