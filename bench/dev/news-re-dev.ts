// Relations in news sentences (CoNLL04 style), scored the way contract.md's "Relations, news sentences" describes.
// Usage: node bench/news-re-dev.mjs [conll04_dev.json] [--out existing-output.jsonl] [--keep] [--errors] [--entities]
// (--keep leaves the extractor's output in place for later --out runs)
// The data file (a JSON array of {tokens, tags (BILOU Peop/Org/Loc/Other), relations [{head, tail, type}], orig_id})
// is not part of the repository: pass its path or set CONLL04_DEV.
//
// Scoring rules:
// - each output entity is aligned to the first gold entity (in sentence order) that any of its mentions overlaps;
// - Work_For(person, org) is found by HOLDS_POSITION or MEMBER_OF with subject = head, object = tail, once per pair;
// - OrgBased_In and Located_In are found by LOCATED_IN with subject = head, object = tail;
// - Live_In and Kill are not scored: a scored predicate on a pair with no scored gold relation (including a pair
//   that only has Live_In or Kill, or an entity that aligns to no gold entity) is a false positive;
// - every other predicate (OPPOSES, CITIZEN_OF, ...) is ignored.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importEval, recordsById, runExtract, takeOption, takeSwitch } from './support.mjs';

const { detokenize } = await importEval('detok.mjs');

const args = process.argv.slice(2);
const given = takeOption(args, '--out');
const showErrors = takeSwitch(args, '--errors');
const showEntities = takeSwitch(args, '--entities');
const keep = takeSwitch(args, '--keep');
const goldPath = args[0] ?? process.env.CONLL04_DEV;
if (!goldPath) {
  console.error('usage: node bench/news-re-dev.mjs <conll04_dev.json> (or set CONLL04_DEV)');
  process.exit(2);
}

const SCORED = { Work_For: 'WF', OrgBased_In: 'LOC', Located_In: 'LOC' };
const PREDICATE_KEY = { HOLDS_POSITION: 'WF', MEMBER_OF: 'WF', LOCATED_IN: 'LOC' };
// The output types that can stand for a gold entity type, for the entity report.
const COMPATIBLE = { Peop: ['Person'], Org: ['Organization', 'Country'], Loc: ['Location', 'Country'], Other: [] };

/** CoNLL04 writes `` and '' as two tokens each; join them so the shared detokeniser reads them as quotes. */
function joinQuotes(tokens) {
  const out = [];
  const index = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const pair = (t === '`' || t === "'") && tokens[i + 1] === t;
    index.push(out.length);
    if (pair) {
      index.push(out.length);
      out.push(t === '`' ? '``' : "''");
      i++;
    } else out.push(t);
  }
  return { out, index };
}

/** Entities from BILOU tags, in order of appearance, as token ranges [first, last]. */
function entitiesOf(tags) {
  const ents = [];
  let open;
  tags.forEach((tag, i) => {
    const [bio, type] = tag.split('-');
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
function loadSentence(rec) {
  const { out, index } = joinQuotes(rec.tokens);
  const { text, spans } = detokenize([out]);
  const tok = spans[0];
  const entities = entitiesOf(rec.tags).map((e) => {
    const start = tok[index[e.first]][0];
    const end = tok[index[e.last]][1];
    return { type: e.type, start, end, text: text.slice(start, end) };
  });
  const gold = new Map();
  for (const r of rec.relations) {
    const key = SCORED[r.type];
    if (key) gold.set(`${key}|${r.head}|${r.tail}`, r.type);
  }
  return { id: String(rec.orig_id), text, entities, gold, relations: rec.relations };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The first gold entity, in sentence order, that any mention of the output entity overlaps (or -1). */
function alignEntity(entity, goldEntities) {
  return goldEntities.findIndex((g) => (entity.mentions ?? []).some((m) => overlaps(m, g)));
}

/** Scores output records against the sentences; returns totals, per gold type figures and the errors. */
function score(sentences, byId) {
  const per = Object.fromEntries(Object.keys(SCORED).map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
  const errors = [];
  let tp = 0,
    pred = 0,
    gold = 0;
  for (const s of sentences) {
    for (const type of s.gold.values()) per[type].gold++;
    gold += s.gold.size;
    const rec = byId.get(s.id);
    const ents = new Map((rec?.entities ?? []).map((e) => [e.id, e]));
    const align = new Map([...ents.values()].map((e) => [e.id, alignEntity(e, s.entities)]));
    const found = new Set();
    const seen = new Set();
    for (const r of rec?.relations ?? []) {
      const key = PREDICATE_KEY[r.predicate];
      if (!key) continue;
      const h = align.get(r.subject) ?? -1,
        t = align.get(r.object) ?? -1;
      const k = `${key}|${h < 0 ? 'x' + r.subject : h}|${t < 0 ? 'x' + r.object : t}`;
      if (seen.has(k)) continue;
      seen.add(k);
      pred++;
      const goldType = s.gold.get(k);
      // a false positive is charged to the gold type it would have been: by predicate and the subject's type
      const type =
        goldType ??
        (key === 'WF' ? 'Work_For' : ents.get(r.subject)?.type === 'Organization' ? 'OrgBased_In' : 'Located_In');
      per[type].pred++;
      const name = (id) => ents.get(id)?.name ?? id;
      if (goldType) {
        tp++;
        per[type].tp++;
        found.add(k);
      } else
        errors.push({
          kind: 'FP',
          id: s.id,
          text: s.text,
          what: `${name(r.subject)} ${r.predicate} ${name(r.object)}`,
          why: h < 0 || t < 0 ? 'unaligned entity' : liveOrKill(s, h, t),
        });
    }
    for (const [k, type] of s.gold) {
      if (found.has(k)) continue;
      const [, h, t] = k.split('|').map(Number);
      errors.push({
        kind: 'MISS',
        id: s.id,
        text: s.text,
        what: `${s.entities[h]?.text} ${type} ${s.entities[t]?.text}`,
        why: missReason(s, rec, h, t),
      });
    }
  }
  const f = (tp_, pred_, gold_) => {
    const P = tp_ / (pred_ || 1),
      R = tp_ / (gold_ || 1);
    return {
      P: +P.toFixed(3),
      R: +R.toFixed(3),
      F1: +((2 * P * R) / (P + R || 1)).toFixed(3),
      tp: tp_,
      predicted: pred_,
      gold: gold_,
    };
  };
  const res = { ALL: f(tp, pred, gold) };
  for (const [type, c] of Object.entries(per)) res[type] = f(c.tp, c.pred, c.gold);
  return { res, errors };
}

function liveOrKill(s, h, t) {
  const other = s.relations.find((r) => (r.head === h && r.tail === t) || (r.head === t && r.tail === h));
  return other ? `gold has ${other.type} (${other.head === h ? 'same' : 'reversed'} direction)` : 'no gold relation';
}

/** Why a gold pair was missed: an entity the output does not cover, or no relation between covered entities. */
function missReason(s, rec, h, t) {
  const covered = (gi) => (rec?.entities ?? []).some((e) => alignEntity(e, s.entities) === gi);
  const lost = [h, t].filter((gi) => !covered(gi)).map((gi) => `${s.entities[gi]?.text} (${s.entities[gi]?.type})`);
  return lost.length ? `no output entity for ${lost.join(', ')}` : 'entities found, relation not';
}

/** Gold Peop/Org/Loc entities that a mention of an output entity of a compatible type overlaps (NER coverage, not alignment). */
function entityReport(sentences, byId) {
  const c = {};
  const missed = [];
  for (const s of sentences) {
    const rec = byId.get(s.id);
    s.entities.forEach((g, gi) => {
      if (g.type === 'Other') return;
      c[g.type] ??= { found: 0, gold: 0 };
      c[g.type].gold++;
      const covers = (e) => (e.mentions ?? []).some((m) => overlaps(m, g));
      const hit = (rec?.entities ?? []).some((e) => COMPATIBLE[g.type].includes(e.type) && covers(e));
      if (hit) c[g.type].found++;
      else {
        const other = (rec?.entities ?? []).find(covers);
        missed.push(
          `${g.type} ${JSON.stringify(g.text)}${other ? ` as ${other.type} ${JSON.stringify(other.name)}` : ''}  | ${s.text}`,
        );
      }
    });
  }
  return { c, missed };
}

const sentences = JSON.parse(readFileSync(goldPath, 'utf8')).map(loadSentence);
let outPath = given;
let scratch;
if (!outPath) {
  const dir = (scratch = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'news-re-')));
  outPath = join(dir, 'out.jsonl');
  writeFileSync(outPath, runExtract(sentences));
}
const byId = recordsById(outPath);
const { res, errors } = score(sentences, byId);
const { c, missed } = entityReport(sentences, byId);
const line = (name, r) =>
  `${name.padEnd(12)} P ${r.P.toFixed(3)} R ${r.R.toFixed(3)} F1 ${r.F1.toFixed(3)}  (tp ${r.tp}, predicted ${r.predicted}, gold ${r.gold})`;
if (scratch && !keep) rmSync(scratch, { recursive: true, force: true });
console.log(`news relations, ${sentences.length} sentences${scratch && !keep ? '' : ` (${outPath})`}`);
for (const [name, r] of Object.entries(res)) console.log(line(name, r));
console.log(
  'entities found with a compatible type: ' +
    Object.entries(c)
      .map(([t, x]) => `${t} ${x.found}/${x.gold}`)
      .join(', '),
);
if (showErrors) for (const e of errors) console.log(`${e.kind} [${e.id}] ${e.what} -- ${e.why}\n     ${e.text}`);
if (showEntities) for (const m of missed) console.log(`ENTITY MISS ${m}`);
