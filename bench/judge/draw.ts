// Draws relations and entities for judging: extracts a seeded sample of corpus articles, then samples from the output.
// Usage: pnpm run -s bench:judge-draw [--corpus FILE] [--articles 300] [--seed 1] [--relations 220] [--entities 220] [--out FILE]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { calibratedConfidence, ruleOf } from '@newsgraph/extractor';
import { openFileStream } from '@newsgraph/ingest';
import { ExtractionResultSchema, type ExtractionResult } from '@newsgraph/schema';
import type { JudgedEntity, JudgedItem, JudgedRelation } from './judged-item';
import { JudgedItemSchema } from './judged-item';
import { rng, sample } from './seeded';
import { sentenceAround } from './sentence-around';

const ROOT = resolve(__dirname, '..', '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
};

const CorpusLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().default(''),
  publishedAt: z.string().default(''),
});
type CorpusLine = z.infer<typeof CorpusLineSchema>;

async function readCorpus(path: string): Promise<CorpusLine[]> {
  const input = openFileStream(path);
  const out: CorpusLine[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity }))
    if (line.trim()) out.push(CorpusLineSchema.parse(JSON.parse(line)));
  return out;
}

function extract(articles: CorpusLine[]): ExtractionResult[] {
  const input =
    articles
      .map((a) =>
        JSON.stringify({
          id: a.id,
          text: a.text,
          title: a.title || undefined,
          publishedAt: a.publishedAt || undefined,
        }),
      )
      .join('\n') + '\n';
  // Raw confidences come out of the run; the calibrated one the extractor would print is recomputed below.
  const env = { ...process.env, NEWSGRAPH_RAW_CONFIDENCE: '1' };
  const stdout = execFileSync('pnpm', ['run', '-s', 'newsgraph', 'extract', '--jsonl'], {
    cwd: ROOT,
    input,
    env,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return stdout
    .toString()
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      const r = ExtractionResultSchema.safeParse(JSON.parse(l));
      return r.success ? [r.data] : [];
    });
}

function relationItems(result: ExtractionResult, article: CorpusLine): JudgedRelation[] {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return result.relations.flatMap((r) => {
    const s = byId.get(r.subject);
    const o = byId.get(r.object);
    if (!s || !o) return [];
    const item: JudgedRelation = {
      kind: 'relation',
      articleId: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      subject: { name: s.name, type: s.type },
      predicate: r.predicate,
      object: { name: o.name, type: o.type },
      confidence: calibratedConfidence(r),
      rawConfidence: r.confidence,
      evidence: r.evidence.text,
      verdict: null,
      reason: '',
    };
    if (r.attributes) item.attributes = r.attributes;
    const rule = ruleOf(r);
    if (rule) item.rule = rule;
    return [item];
  });
}

function entityItems(result: ExtractionResult, article: CorpusLine): JudgedEntity[] {
  return result.entities.map((e) => {
    const named = [...e.mentions].sort(
      (a, b) => Number(b.kind === 'name') - Number(a.kind === 'name') || a.start - b.start,
    );
    const examples = [...new Set(named.map((m) => sentenceAround(article.text, m.start, m.end)))].slice(0, 2);
    return {
      kind: 'entity',
      articleId: article.id,
      title: article.title,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
      examples,
      verdict: null,
      reason: '',
    };
  });
}

async function main(): Promise<void> {
  const corpus = resolve(ROOT, arg('corpus', '../shared/corpus/whitehouse-all.jsonl.gz'));
  const seed = Number(arg('seed', '1'));
  const random = rng(seed);
  const articles = sample(await readCorpus(corpus), Number(arg('articles', '300')), random);
  const results = extract(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const relations: JudgedRelation[] = [];
  const entities: JudgedEntity[] = [];
  for (const r of results) {
    const a = byId.get(r.id);
    if (!a) continue;
    relations.push(...relationItems(r, a));
    entities.push(...entityItems(r, a));
  }
  const drawn: JudgedItem[] = [
    ...sample(relations, Number(arg('relations', '220')), random),
    ...sample(entities, Number(arg('entities', '220')), random),
  ];
  const out = resolve(ROOT, arg('out', `bench/judge/samples/draw-seed${seed}.jsonl`));
  writeFileSync(out, drawn.map((d) => JSON.stringify(JudgedItemSchema.parse(d))).join('\n') + '\n');
  process.stderr.write(
    `${articles.length} articles, ${relations.length} relations, ${entities.length} entities; drew ${drawn.length} into ${out}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
