// Trains the named-entity tagger from CoNLL++ train (tuned on dev; never the test split) and writes the bundled model.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Gazetteer } from '../src/ner/gazetteer';
import { NER_MODEL_PATH } from '../src/ner/index';
import { encodeModel } from '../src/ner/model-io';
import { buildGazetteers } from '../train/build-gazetteers';
import { CaseCounter } from '../train/case-lexicon';
import { ClusterBuilder } from '../train/clusters';
import { readConll } from '../train/conll';
import { corpusSentences } from '../train/corpus';
import { trainTagger } from '../train/train-tagger';

// The training material sits beside the repository (../shared); NER_DATA and NER_CORPUS point elsewhere.
const SHARED = process.env.NEWSGRAPH_SHARED ?? join(__dirname, '..', '..', '..', '..', 'shared');
const DATA = process.env.NER_DATA ?? join(SHARED, 'data', 'ner');
const CORPUS = process.env.NER_CORPUS ?? join(SHARED, 'corpus', 'whitehouse-all.jsonl.gz');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const OUT = process.env.NER_OUT ?? NER_MODEL_PATH;

const t0 = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const train = readConll(`${DATA}/conllpp_train.txt`);
const dev = readConll(`${DATA}/conllpp_dev.txt`);
log(`train ${train.length} docs, dev ${dev.length} docs`);

const gazetteers = buildGazetteers();
// Unlabelled statistics: casing ratios and word classes from the article corpus plus the training text.
function buildLexicon(): Map<string, string[]> {
  const cases = new CaseCounter();
  const clusters = new ClusterBuilder();
  const trainSentences = train.flatMap((d) => d.sentences);
  let n = 0;
  for (const s of trainSentences) {
    cases.add(s);
    clusters.count(s);
  }
  for (const s of corpusSentences(CORPUS)) {
    cases.add(s);
    clusters.count(s);
    n++;
  }
  log(`pass 1: ${n} corpus sentences, ${clusters.freq.size} word types`);
  clusters.prepare();
  for (const s of trainSentences) clusters.accumulate(s);
  for (const s of corpusSentences(CORPUS)) clusters.accumulate(s);
  const classes = clusters.features();
  log(`pass 2: ${classes.size} words clustered`);
  for (const w of ['xi', 'biden', 'yeltsin', 'beijing', 'ministry', 'reuters', 'monday'])
    log(`  ${w}: ${classes.get(w)?.join(' ')}`);
  const lexicon = cases.features(3);
  for (const [w, fs] of classes) lexicon.set(w, [...(lexicon.get(w) ?? []), ...fs]);
  return lexicon;
}
// NER_LEXICON_CACHE (optional) saves the ~2.5 minutes of corpus statistics between tuning runs.
const CACHE = process.env.NER_LEXICON_CACHE;
const lexicon: Map<string, string[]> =
  CACHE && existsSync(CACHE)
    ? new Map(JSON.parse(readFileSync(CACHE, 'utf8')) as [string, string[]][])
    : buildLexicon();
if (CACHE && !existsSync(CACHE)) writeFileSync(CACHE, JSON.stringify([...lexicon]));
log(`lexicon: ${lexicon.size} words`);

const result = trainTagger(
  train,
  dev,
  { gazetteer: new Gazetteer(gazetteers), lexicon },
  {
    epochs: EPOCHS,
    seed: 20090604,
    pruneBelow: Number(process.env.NER_PRUNE ?? 0.05),
    log,
  },
);
const bytes = encodeModel({ weights: result.weights, gazetteers, lexicon, confidenceScale: result.confidenceScale });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bytes);
log(`best epoch ${result.epoch}: dev ${JSON.stringify(result.dev)}`);
log(
  `wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB, ${result.weights.rows.size} features, confidence scale ${result.confidenceScale.toFixed(2)})`,
);
