import { actionRelations } from './actions';
import { calibrateRelations } from './calibration';
import { affiliationRelations } from './affiliations';
import { documentCountryRelations } from './document-country';
import type { SentenceView } from './sentence-view';
import { leadSubjectRelations } from './lead-subject';
import { membershipRelations } from './membership';
import { orgPlaceRelations } from './org-places';
import { pairModelRelations } from './pair-model';
import { locationChainRelations } from './location-chains';
import { locationRelations } from './locations';
import { positionRelations } from './positions';
import { structureRelations } from './structure';
import { closeLocations } from './transitive';
import type { Doc, StageOptions } from '../types';

/** The relation patterns, each a plain function over one sentence, so new ones plug in here. */
export const RELATION_PATTERNS: readonly ((view: SentenceView) => void)[] = [
  positionRelations,
  structureRelations,
  locationRelations,
  locationChainRelations,
  membershipRelations,
  actionRelations,
  affiliationRelations,
  orgPlaceRelations,
  pairModelRelations,
];

/** "positionRelations" → "position": the default `attributes.rule` of a pattern's relations. */
function ruleName(pattern: { name: string }): string {
  return pattern.name.replace(/Relations$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) || 'sentence';
}

/** The document-level steps after the sentence patterns, in the order they run: each reads the relations so far. */
export const DOCUMENT_STEPS: readonly ((doc: Doc) => void)[] = [
  leadSubjectRelations,
  closeLocations,
  documentCountryRelations,
];

/** The story's sentences with the mentions inside each; headlines, datelines and sign-offs are never evidence. */
function* sentenceViews(doc: Doc): Generator<SentenceView> {
  let cursor = 0;
  for (const sentence of doc.sentences) {
    if (sentence.region) continue;
    while (cursor < doc.mentions.length && (doc.mentions[cursor]?.start ?? 0) < sentence.start) cursor++;
    const mentions = [];
    for (let i = cursor; i < doc.mentions.length; i++) {
      const m = doc.mentions[i];
      if (!m || m.start >= sentence.end) break;
      if (m.end <= sentence.end) mentions.push(m);
    }
    if (mentions.length < 2 && !mentions.some((m) => doc.entities.get(m.entity)?.type === 'Organization')) continue;
    yield { doc, sentence, mentions };
  }
}

/**
 * Stage 5: runs every relation pattern on every story sentence (signatures and evidence are enforced in `emit`), then
 * the document-level steps, then maps the rules' confidences through the calibration table.
 */
export function findRelations(doc: Doc, options: Pick<StageOptions, 'calibrate'>): Doc {
  for (const view of sentenceViews(doc)) {
    for (const pattern of RELATION_PATTERNS) {
      view.rule = ruleName(pattern);
      pattern(view);
    }
  }
  for (const step of DOCUMENT_STEPS) step(doc);
  if (options.calibrate) calibrateRelations(doc.relations);
  return doc;
}
