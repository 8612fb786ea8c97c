import { gunzipSync, gzipSync } from 'node:zlib';
import type { GazetteerLists } from './gazetteer';
import { LABELS, NUM_LABELS as NL } from './labels';

const NUM_LABELS = NL;
import { Weights } from './perceptron';

/** Everything a trained tagger needs at run time, independent of the training data and npm lexicons. */
export interface ModelData {
  weights: Weights;
  gazetteers: GazetteerLists;
  lexicon: Map<string, string[]>;
  /** Score margin that maps to confidence 0.73 (logistic of 1), fitted on training data. */
  confidenceScale: number;
}

interface Header {
  version: number;
  labels: readonly string[];
  confidenceScale: number;
  gazetteers: GazetteerLists;
  lexicon: string;
  features: string;
  quantum: number;
}

/** Encodes a model as gzip(header JSON + sparse int16 weights), which keeps the committed file a few MB. */
export function encodeModel(m: ModelData): Buffer {
  const feats = [...m.weights.rows.keys()];
  let maxAbs = 0;
  for (const v of m.weights.values) maxAbs = Math.max(maxAbs, Math.abs(v));
  const quantum = maxAbs / 32767 || 1;
  const chunks: Buffer[] = [];
  for (const f of feats) {
    const o = m.weights.rows.get(f)! * NUM_LABELS;
    let mask = 0;
    const vals: number[] = [];
    for (let l = 0; l < NUM_LABELS; l++) {
      const q = Math.round(m.weights.values[o + l]! / quantum);
      if (q !== 0) {
        mask |= 1 << l;
        vals.push(q);
      }
    }
    const b = Buffer.alloc(4 + 2 * vals.length);
    b.writeUInt32LE(mask >>> 0, 0);
    vals.forEach((q, k) => b.writeInt16LE(q, 4 + 2 * k));
    chunks.push(b);
  }
  const lexicon = [...m.lexicon].map(([w, fs]) => `${w}\t${fs.join(' ')}`).join('\n');
  const header: Header = {
    version: 1, labels: LABELS, confidenceScale: m.confidenceScale, gazetteers: m.gazetteers, lexicon,
    features: feats.join('\n'), quantum,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  return gzipSync(Buffer.concat([len, json, ...chunks]), { level: 9 });
}

/** Decodes a model written by {@link encodeModel}, failing loudly on a label-set mismatch. */
export function decodeModel(gz: Buffer): ModelData {
  const buf = gunzipSync(gz);
  const len = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + len)) as Header;
  if (header.version !== 1 || header.labels.join() !== LABELS.join()) throw new Error('NER model file does not match this code');
  const feats = header.features.split('\n');
  const rows = new Map<string, number>();
  const values = new Float32Array(feats.length * NUM_LABELS);
  let p = 4 + len;
  feats.forEach((f, r) => {
    rows.set(f, r);
    const mask = buf.readUInt32LE(p);
    p += 4;
    for (let l = 0; l < NUM_LABELS; l++) {
      if ((mask & (1 << l)) === 0) continue;
      values[r * NUM_LABELS + l] = buf.readInt16LE(p) * header.quantum;
      p += 2;
    }
  });
  const lexicon = new Map<string, string[]>();
  for (const line of header.lexicon.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lexicon.set(line.slice(0, tab), line.slice(tab + 1).split(' '));
  }
  return { weights: new Weights(rows, values), gazetteers: header.gazetteers, lexicon, confidenceScale: header.confidenceScale };
}
