// CoNLL04 sentences (SpERT's JSON: tokens, BILOU tags over Peop/Org/Loc/Other, relations between entity indices) read
// as natural text with a character span for every gold entity: what training and the dev benchmark both start from.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { NewsgraphError } from '@newsgraph/schema';

const Conll04RecordSchema = z.object({
  tokens: z.array(z.string()),
  tags: z.array(z.string()),
  relations: z.array(z.object({ head: z.number().int(), tail: z.number().int(), type: z.string() })),
  orig_id: z.union([z.string(), z.number()]),
});
type Conll04Record = z.infer<typeof Conll04RecordSchema>;
export type GoldRelation = Conll04Record['relations'][number];

/** The shared evaluation detokeniser (`../shared/eval/detok.mjs`): sentences of tokens to text and token spans. */
export type Detokenize = (sentences: string[][]) => { text: string; spans: [number, number][][] };

/** A gold entity of a sentence with its character span. */
export interface GoldEntity {
  type: string;
  start: number;
  end: number;
  text: string;
}

/** One sentence: its text, gold entities in order (relations point into this list) and its gold relations. */
export interface Conll04Sentence {
  id: string;
  text: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** CoNLL04 writes `` and '' as two tokens each; join them so the shared detokeniser reads them as quotes. */
function joinQuotes(tokens: string[]): { out: string[]; index: number[] } {
  const out: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const pair = (t === '`' || t === "'") && tokens[i + 1] === t;
    index.push(out.length);
    if (pair) {
      index.push(out.length);
      out.push(t === '`' ? '``' : "''");
      i++;
    } else if (t !== undefined) out.push(t);
  }
  return { out, index };
}

/** Entities from BILOU tags, in order of appearance, as token ranges [first, last]. */
function entitiesOf(tags: string[]): { type: string; first: number; last: number }[] {
  const ents: { type: string; first: number; last: number }[] = [];
  let open: { type: string; first: number } | undefined;
  tags.forEach((tag, i) => {
    const [bio, type = ''] = tag.split('-');
    if (bio === 'U') ents.push({ type, first: i, last: i });
    else if (bio === 'B') open = { type, first: i };
    else if (bio === 'L' && open) {
      ents.push({ ...open, last: i });
      open = undefined;
    }
  });
  return ents;
}

/** One sentence as natural text with character spans for every gold entity. */
function readSentence(rec: Conll04Record, detokenize: Detokenize): Conll04Sentence {
  const { out, index } = joinQuotes(rec.tokens);
  const { text, spans } = detokenize([out]);
  const tok = spans[0] ?? [];
  const at = (token: number): [number, number] => {
    const span = tok[index[token] ?? -1];
    if (!span) throw new NewsgraphError('BAD_INPUT', `sentence ${rec.orig_id}: no span for token ${token}`);
    return span;
  };
  const entities = entitiesOf(rec.tags).map((e) => {
    const start = at(e.first)[0];
    const end = at(e.last)[1];
    return { type: e.type, start, end, text: text.slice(start, end) };
  });
  return { id: String(rec.orig_id), text, entities, relations: rec.relations };
}

/** Every sentence of a CoNLL04-format file. */
export function readConll04(path: string, detokenize: Detokenize): Conll04Sentence[] {
  const records = z.array(Conll04RecordSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
  return records.map((rec) => readSentence(rec, detokenize));
}
