// Trains the named-entity tagger from CoNLL++ train (tuned on dev; never the test split) and writes the bundled model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Gazetteer } from '../src/ner/gazetteer';
import { NER_MODEL_PATH } from '../src/ner/index';
import { encodeModel } from '../src/ner/model-io';
import { buildGazetteers } from '../src/ner/train/build-gazetteers';
import { CaseCounter } from '../src/ner/train/case-lexicon';
import { readConll } from '../src/ner/train/conll';
import { corpusSentences } from '../src/ner/train/corpus';
import { trainTagger } from '../src/ner/train/train';

const DATA = process.env.NER_DATA ?? '/work/shared/data/ner';
const CORPUS = process.env.NER_CORPUS ?? '/work/shared/corpus/whitehouse-all.jsonl.gz';
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
const OUT = process.env.NER_OUT ?? NER_MODEL_PATH;

const t0 = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const train = readConll(`${DATA}/conllpp_train.txt`);
const dev = readConll(`${DATA}/conllpp_dev.txt`);
log(`train ${train.length} docs, dev ${dev.length} docs`);

const gazetteers = buildGazetteers();
const cases = new CaseCounter();
for (const d of train) for (const s of d.sentences) cases.add(s);
let n = 0;
for (const s of corpusSentences(CORPUS)) {
  cases.add(s);
  n++;
}
const lexicon = cases.features(3);
log(`lexicon: ${lexicon.size} words from ${n} corpus sentences`);

const result = trainTagger(train, dev, { gazetteer: new Gazetteer(gazetteers), lexicon }, {
  epochs: EPOCHS, seed: 20090604, pruneBelow: Number(process.env.NER_PRUNE ?? 0.05), log,
});
const bytes = encodeModel({ weights: result.weights, gazetteers, lexicon, confidenceScale: result.confidenceScale });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bytes);
log(`best epoch ${result.epoch}: dev ${JSON.stringify(result.dev)}`);
log(`wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB, ${result.weights.rows.size} features, confidence scale ${result.confidenceScale.toFixed(2)})`);
