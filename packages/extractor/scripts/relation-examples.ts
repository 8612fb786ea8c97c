// Turns CoNLL04 sentences (BILOU tags, relations between entity indexes) into labelled pair examples, reading each
// sentence through the extractor's own stages 1-4 so training sees the mentions and types the pipeline will see.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalise } from '../src/pipeline/1-layout/normalise';
import { splitSentences } from '../src/pipeline/2-sentences/split-sentences';
import { findEntities } from '../src/pipeline/3-entities/find-entities';
import { bundledTagger } from '../src/pipeline/3-entities/ner-source';
import { resolveCoreference } from '../src/pipeline/4-coreference/resolve-coreference';
import type { SentenceView } from '../src/pipeline/5-relations/sentence-view';
import { candidatePairs, pairFeatures, type PairGroup } from '../src/pipeline/5-relations/pair-features';
import { inDateline, isNewsAgency } from '../src/pipeline/5-relations/dateline';
import { gateReason, isListOrHeading } from '../src/pipeline/5-relations/pair-gates';
import { pairModelRelations, ruleOutReason } from '../src/pipeline/5-relations/pair-model';
import { RELATION_PATTERNS } from '../src/pipeline/5-relations/find-relations';
import type { Doc } from '../src/pipeline/types';
import { readConll04, type Detokenize } from './conll04';

/** One labelled candidate pair: its features, whether gold holds the group's relation, and its sentence. */
export interface PairExample {
  features: string[];
  label: 0 | 1;
  group: PairGroup;
  sentence: number;
  /** Whether the pipeline asks the model about this pair, or which step rules it out first. */
  stage: 'open' | 'heading' | 'ruled-out' | 'gated' | 'dateline' | 'by-pattern';
  /** "subject → object" and the gate or rule-out that closed the pair, for reading misses. */
  what: string;
  /** The gate or rule-out that closed the pair, if one did. */
  why?: string;
}

const GOLD: Record<PairGroup, string[]> = {
  wf: ['Work_For'],
  ob: ['OrgBased_In', 'Located_In'],
  li: ['Located_In', 'OrgBased_In'],
};

/** The sentence views stage 5 would build. */
function views(doc: Doc): SentenceView[] {
  return doc.sentences.map((sentence) => ({
    doc,
    sentence,
    mentions: doc.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end),
  }));
}

/** Labelled pair examples of one CoNLL04 split file. */
export async function pairExamples(path: string, shared: string): Promise<PairExample[]> {
  const { detokenize } = (await import(pathToFileURL(join(shared, 'eval', 'detok.mjs')).href)) as {
    detokenize: Detokenize;
  };
  const out: PairExample[] = [];
  const options = { tagger: bundledTagger(), calibrate: false };
  readConll04(path, detokenize).forEach(({ text, entities: gold, relations }, si) => {
    const rels = new Set(relations.map((r) => `${r.head}|${r.tail}|${r.type}`));
    const doc = resolveCoreference(findEntities(splitSentences(normalise(text)), options));
    const align = (m: { start: number; end: number }): number =>
      gold.findIndex((g) => m.start < g.end && g.start < m.end);
    for (const view of views(doc)) {
      // the patterns run first in stage 5, and the model is only asked about pairs none of them related
      for (const pattern of RELATION_PATTERNS) if (pattern !== pairModelRelations) pattern(view);
      const related = (a: string, b: string): boolean =>
        doc.relations.some((r) => [a, b].includes(r.subject) && [a, b].includes(r.object));
      for (const c of candidatePairs(view)) {
        const h = align(c.subject),
          t = align(c.object);
        const label = h >= 0 && t >= 0 && GOLD[c.group].some((type) => rels.has(`${h}|${t}|${type}`)) ? 1 : 0;
        // a dateline or a news agency is never placed by the model (stage 5's emit refuses it), whatever gold says
        const dateline =
          c.group !== 'wf' &&
          (inDateline(doc, c.subject) || inDateline(doc, c.object) || isNewsAgency(doc.entities.get(c.subject.entity)));
        const stage = dateline
          ? 'dateline'
          : related(c.subject.entity, c.object.entity)
            ? 'by-pattern'
            : isListOrHeading(view)
              ? 'heading'
              : ruleOutReason(view, c)
                ? 'ruled-out'
                : gateReason(view, c)
                  ? 'gated'
                  : 'open';
        const why =
          stage === 'gated' ? gateReason(view, c) : stage === 'ruled-out' ? ruleOutReason(view, c) : undefined;
        const what = `${doc.text.slice(c.subject.start, c.subject.end)} → ${doc.text.slice(c.object.start, c.object.end)}${why ? ` (${why})` : ''}`;
        out.push({
          features: pairFeatures(view, c),
          label,
          group: c.group,
          sentence: si,
          stage,
          what,
          ...(why ? { why } : {}),
        });
      }
    }
  });
  return out;
}
