// Typed access to the scorers and readers of ../shared/eval (plain .mjs outside the repository), loaded at run time.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NewsgraphError } from '@newsgraph/schema';
import { shared } from './support';

/** A character span of a document's text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A CoNLL document: natural text and its gold PER/ORG/LOC/MISC spans. */
export interface ConllDoc {
  id: string;
  text: string;
  gold: (Span & { type: string; text: string })[];
}

/** A Re-DocRED document: natural text, gold entities (each a list of mentions) and relation labels. */
export interface DocredDoc {
  id: string;
  title: string;
  text: string;
  vertices: (Span & { type: string; name: string })[][];
  labels: { h: number; t: number; r: string }[];
}

/** A GUM document: natural text and its linked proper-name mentions. */
export interface GumDoc {
  id: string;
  text: string;
  gold: (Span & { type: string; identity: string })[];
}

/** Output records by document id, as the scorers read them. */
export type RecordsById = ReadonlyMap<string, unknown>;

/** What each module of ../shared/eval exports that the benchmarks use. */
export interface EvalModules {
  'detok.mjs': {
    detokenize: (sentences: string[][], separator?: string) => { text: string; spans: [number, number][][] };
  };
  'ner_data.mjs': { loadConll: (path: string) => ConllDoc[] };
  're_data.mjs': { loadDocred: (path: string) => DocredDoc[] };
  'ner_score.mjs': {
    score: (docs: ConllDoc[], byId: RecordsById) => unknown;
    readJsonl: (path: string) => RecordsById;
  };
  're_score.mjs': {
    score: (docs: DocredDoc[], byId: RecordsById) => { ALL: { P: number; R: number; predicted: number } };
  };
  'gum_coref.mjs': { loadGum: (dir: string) => GumDoc[]; score: (docs: GumDoc[], byId: RecordsById) => unknown };
}

/** Imports a module of ../shared/eval by file name ("ner_data.mjs"). */
export async function importEval<K extends keyof EvalModules>(name: K): Promise<EvalModules[K]> {
  const path = resolve(shared, 'eval', name);
  if (!existsSync(path))
    throw new NewsgraphError(
      'NOT_FOUND',
      `${path} is missing: put the measuring material beside the repository as ../shared or set NEWSGRAPH_SHARED`,
    );
  return (await import(pathToFileURL(path).href)) as EvalModules[K];
}

/** Where each dev set sits in the measuring material. */
export const devData = {
  conll: resolve(shared, 'data', 'ner', 'conllpp_dev.txt'),
  docred: resolve(shared, 'data', 're', 'redocred_dev.json'),
  gum: resolve(shared, 'data', 'coref', 'gum_dev'),
};
