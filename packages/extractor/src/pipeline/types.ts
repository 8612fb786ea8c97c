import type { EntityType, ExtractedRelation, MentionKind, Quote } from '@newsgraph/schema';
import type { Token } from '../text/tokens';

/** One sentence of the input: its span and tokens, offsets into the original text. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Set when the sentence is a layout region (headline, dateline, sign-off), not a sentence of the story. */
  region?: RegionKind;
}

/**
 * What a stretch of the text is when it is not the story's running prose: a wire story's furniture (its earnings
 * table's rows too), or a transcript's (a speaker label, a clock line, "(Laughter.)", a briefing's venue line).
 */
export type RegionKind =
  | 'headline'
  | 'dateline'
  | 'signoff'
  | 'byline'
  | 'table'
  | 'speaker-label'
  | 'timestamp'
  | 'end-marker'
  | 'stage-direction'
  | 'venue';

/** A stretch of the input that layout recognised as one of the region kinds. */
export interface Region {
  start: number;
  end: number;
  kind: RegionKind;
  /** A headline in capitals or in title case, whose capital letters say nothing about names. */
  capitalised?: boolean;
}

/** A typed span proposed by one candidate source; stage 03 keeps the best non-overlapping ones. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  mention: MentionKind;
  /** Higher wins an overlap; equal priorities prefer the longer span. */
  priority: number;
  source: string;
  /** Canonical id when the source already knows it (countries). */
  id?: string;
  /** Display name when it differs from the span text (a demonym, an alias). */
  name?: string;
  kind?: string;
  /** ISO code of the country that scopes a generic agency name. */
  scope?: string;
}

/** A resolved mention linked to the entity it refers to. */
export interface LinkedMention {
  start: number;
  end: number;
  kind: MentionKind;
  entity: string;
}

/** An entity under construction: mentions accumulate through coreference. */
export interface EntityDraft {
  id: string;
  name: string;
  type: EntityType;
  kind?: string;
  aliases: Set<string>;
}

/** One speaker's turn in a transcript: the label, the person it names, and the text that runs to the next label. */
export interface Turn {
  /** The label's span ("MS. PSAKI:", "Q"), offsets into the original text. */
  label: { start: number; end: number };
  /** The label's words without the colon ("MS. PSAKI", "Q"). */
  labelText: string;
  /** The span inside the label that refers to the speaker ("PSAKI", "THE PRESIDENT"); absent for "Q" and unnamed roles. */
  ref?: { start: number; end: number; kind: 'name' | 'nominal' };
  /** The person the label resolves to ("Jen Psaki"); absent when the label names no one the document identifies. */
  speaker?: string;
  /** The turn's own text, from after the label to the next label or the end marker. */
  start: number;
  end: number;
}

/** A span from a statistical tagger (CoNLL types). */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  confidence: number;
}

/** Anything that tags a whole document with CoNLL spans; the bundled perceptron model fits it. */
export interface SpanTagger {
  tagDocument(text: string): TaggedSpan[];
}

/** What every stage is given besides the document, resolved once by `extract` from its options. */
export interface StageOptions {
  /** The named-entity tagger the entity stage asks; null for rules alone. */
  tagger: SpanTagger | null;
  /** False keeps the rules' raw relation confidences, which fitting a calibration needs. */
  calibrate: boolean;
}

/** One stage of the pipeline: reads what earlier stages wrote on the document and adds its own part. */
export type Stage = (doc: Doc, options: StageOptions) => Doc;

/** The state the numbered stages pass along; each stage reads what earlier ones wrote. */
export interface Doc {
  /** The input, never changed: every offset indexes it. */
  text: string;
  /**
   * The input with typographic quotes and spaces folded to ASCII and line breaks inside a paragraph turned into
   * spaces, same length, so offsets carry over; a paragraph or region edge is a '\n' wherever there is a space.
   */
  norm: string;
  /** The input unwrapped like `norm` but with its own characters, for the tagger that was trained on them. */
  view: string;
  /**
   * Headlines, datelines, sign-offs, bylines and transcript furniture, in text order and never overlapping: not story
   * sentences, names or evidence; transcript regions are blanked in `norm` and `view`.
   */
  regions: Region[];
  title?: string;
  sentences: Sentence[];
  candidates: Candidate[];
  entities: Map<string, EntityDraft>;
  mentions: LinkedMention[];
  /** Places named inside longer names ("Texas" in "University of Texas"); kept apart so relations never read them. */
  nested?: LinkedMention[];
  relations: ExtractedRelation[];
  quotes: Quote[];
  /** Speaker turns when the input is a transcript (press briefing, interview); empty otherwise. */
  turns?: Turn[];
  /** ISO code of the country the article is mostly about, used to scope generic agencies and titles. */
  dominantCountry?: string;
  /** ISO code of the country whose government published the text (from its address): its own bodies need no country. */
  homeCountry?: string;
}
