#!/usr/bin/env node
/**
 * prose39 (issue 12): a catalogue field or known name explained in running prose, with no bold, heading, list
 * label or table — the candidates, their label outcomes over the development sets, and whether context features
 * separate the labels from the names in passing when validated across writers (docs/miner.md "prose39").
 *
 *   node bench/prose-names39.mjs --outcomes OUT.jsonl [dir …] [--rows FILE] [--folds 5] [--lines CLASS]
 *
 * OUT.jsonl is `node bench/miner.bench.mjs … --outcomes` over the same sets (each chapter alone). The rows are
 * the learned definer's name candidates (scripts/lib/definer-train.mjs collectRows, each chapter mined alone),
 * with its feature vector and the facts below; `--rows FILE` caches them (written when missing, read when there).
 *
 * A candidate: a name the vocabulary knows (an API kind, a field of an API or configuration kind, a named
 * component or tool, an ecosystem name) whose every occurrence is running prose — not a heading, a bold label, an
 * opener (`X：`), a table, a list item it opens. Its outcome: `found` (the miner made a concept of the name and a
 * label has it), `bad` (made, no label's), `gain` (not made; a label has it that the miner did not find: adding
 * it finds a label), `dup` (not made; a label has it that the miner found under another name: adding it makes a
 * duplicate), `none` (not made, no label's: adding it makes a false positive).
 *
 * The cross-validation (the brief's item 2): sets (one writer each) are dealt round-robin into k folds; a
 * logistic model (the definer's trainer, `train`) learns `gain` against `dup` + `none` on the names not made of
 * the other folds, and is scored on the held-out fold: names added, labels found, names of no label added, at
 * the threshold where the training folds' names reach three labels per name of no label (and at fixed ones).
 * Feature sets: the shipped scorer's (`new`), every definer feature, and each with this script's extra facts:
 *   x-unit-max      the most mentions in one paragraph (log)         x-unit-sents  the most sentences of one paragraph that name it (log)
 *   x-paras-about   paragraphs where two or more sentences name it   x-owner-note  a kind that has the field is named in the note
 *   x-owner-heading … in a heading                                   x-owner-title … in the title
 *   x-owner-unit    … in a paragraph that names the field            x-list-share  share of mentions inside a list item
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ALL_FEATURES, collectRows, markNewLabels, labelKeys, train } from '../scripts/lib/definer-train.mjs';
import { normKey, readCorpus } from './lib/miner-score.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';
import { lastSeg } from './lib/shape-tally.mjs';

const { fieldsNamed, configFieldsNamed, kindNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/miner/definer-weights.json'), 'utf8'));

const argv = process.argv.slice(2);
const OWN = ['--rows', '--folds', '--lines', '--only', '--top'];
const at = (flag) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
const { outcomesFile, dirs } = outcomesArgs(argv.filter((a, i) => !OWN.includes(a) && !OWN.includes(argv[i - 1])));
if (!outcomesFile) { console.error('--outcomes FILE (node bench/miner.bench.mjs … --outcomes FILE over the same sets) is needed'); process.exit(2); }
const FOLDS = Number(at('--folds') ?? 5);
const rowsFile = at('--rows');
const linesOf = at('--lines');
// (`--only api-field`: the census and the cross-validation on names known so only; `--top N`: the N best-ranked out-of-fold names listed)
const only = at('--only');
const topN = Number(at('--top') ?? 0);

const EXTRA = ['x-unit-max', 'x-unit-sents', 'x-paras-about', 'x-owner-note', 'x-owner-heading', 'x-owner-title', 'x-owner-unit', 'x-list-share'];
const KNOWN = ['api-kind', 'api-field', 'named-thing', 'ecosystem'];
const col = (f) => ALL_FEATURES.indexOf(f);
const log1 = (n) => Math.log1p(n);

/** Kinds that have a field of the name's last segment (API and configuration). */
function ownersOf(name) {
  const word = name.split('.').pop();
  return new Set([...fieldsNamed(word), ...configFieldsNamed(word)].map((o) => o.owner));
}
/** Running prose: no heading, bold label, opener, table, or list item the name opens. */
const labelled = (o) => ['heading', 'bold', 'opener', 'cell'].includes(o.form) || o.block?.type === 'table' || o.block?.type === 'heading' || (o.opensUnit && o.inListItem);

/** This script's facts of one scored name (collectRows `extra`): the place of its mentions and its owner kinds. */
function facts(s, chapter) {
  const occ = s.cand.occurrences;
  const perUnit = new Map();
  for (const o of occ) {
    if (!perUnit.has(o.unit)) perUnit.set(o.unit, { n: 0, sents: new Set() });
    const u = perUnit.get(o.unit);
    u.n++;
    u.sents.add((o.offset ?? 0) - [...(o.before ?? '')].length);
  }
  const units = [...perUnit.values()];
  const f = {
    proseOnly: occ.length > 0 && !occ.some(labelled),
    'x-unit-max': log1(Math.max(0, ...units.map((u) => u.n))),
    'x-unit-sents': log1(Math.max(0, ...units.map((u) => u.sents.size))),
    'x-paras-about': log1(units.filter((u) => u.sents.size >= 2).length),
    'x-list-share': occ.length ? occ.filter((o) => o.inListItem).length / occ.length : 0,
    'x-owner-note': 0, 'x-owner-heading': 0, 'x-owner-title': 0, 'x-owner-unit': 0,
    line: occ[0]?.at?.line,
  };
  if (s.features[col('api-field')] > 0 && !(s.features[col('api-kind')] > 0)) {
    const owners = ownersOf(s.cand.name);
    const mine = new Set(occ.map((o) => o.unit));
    for (const k of chapter) {
      const kind = kindNamed(k.cand.name);
      if (!kind || !owners.has(kind) || k === s) continue;
      f['x-owner-note'] = 1;
      if (k.cand.occurrences.some((o) => o.form === 'heading')) f['x-owner-heading'] = 1;
      if (k.features[col('in-title')] > 0) f['x-owner-title'] = 1;
      if (k.cand.occurrences.some((o) => mine.has(o.unit))) f['x-owner-unit'] = 1;
    }
  }
  return f;
}

let rows;
if (rowsFile && existsSync(rowsFile)) rows = JSON.parse(readFileSync(rowsFile, 'utf8'));
else {
  ({ rows } = await collectRows(dirs, { extra: facts }));
  markNewLabels(rows, dirs);
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify(rows));
}

// outcomes: which names the miner made (found or bad), and which labels it found
const keysOf = (t) => [normKey(t), ...(t.includes('.') ? [normKey(lastSeg(t))] : [])];
const outcomes = readOutcomes(outcomesFile, keysOf);
const labelFound = new Map();
for (const d of dirs) {
  const set = path.basename(d);
  for (const c of readCorpus(d)) {
    const o = outcomes.get(`${set}/${c.chapter}`) ?? { found: new Set() };
    labelFound.set(`${set}/${c.chapter}`, labelKeys(c.labels).map((names) => [...names].some((k) => o.found.has(k))));
  }
}
const known = (r) => KNOWN.some((f) => r.x[col(f)] > 0);
const kindOf = (r) => KNOWN.find((f) => r.x[col(f)] > 0) ?? 'other';
for (const r of rows) {
  const o = outcomes.get(`${r.set}/${r.chapter}`) ?? { found: new Set(), bad: new Set() };
  const made = keysOf(r.name).some((k) => o.found.has(k) || o.bad.has(k));
  const lf = labelFound.get(`${r.set}/${r.chapter}`) ?? [];
  r.outcome = made ? (r.y ? 'found' : 'bad') : !r.y ? 'none' : (r.li ?? []).some((i) => !lf[i]) ? 'gain' : 'dup';
}
const cands = rows.filter((r) => r.extra?.proseOnly && known(r) && (!only || kindOf(r) === only));
const setsOf = (rs) => new Set(rs.map((r) => r.set)).size;

// ---- step 1: the census ----
const OUTCOMES = ['found', 'bad', 'gain', 'dup', 'none'];
const tally = (rs) => OUTCOMES.map((k) => rs.filter((r) => r.outcome === k).length);
console.log(`# prose39 census: ${rows.length} name candidates of ${dirs.length} sets; known names in running prose only: ${cands.length}`);
console.log('| name known as | found | bad | missed (gain) | dup | none | sets with a gain |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const k of [...KNOWN, 'all']) {
  const rs = k === 'all' ? cands : cands.filter((r) => kindOf(r) === k);
  console.log(`| ${k} | ${tally(rs).join(' | ')} | ${setsOf(rs.filter((r) => r.outcome === 'gain'))} |`);
}
const pool = cands.filter((r) => !['found', 'bad'].includes(r.outcome));
console.log(`\nNot made (the names an added rule or scorer could add): ${pool.length}; gain ${pool.filter((r) => r.outcome === 'gain').length} in ${setsOf(pool.filter((r) => r.outcome === 'gain'))} sets, dup ${pool.filter((r) => r.outcome === 'dup').length}, none ${pool.filter((r) => r.outcome === 'none').length}`);

// how much of it each writer labels: the share of a set's names not made that are labels the miner missed
const shares = [...new Set(pool.map((r) => r.set))].map((set) => {
  const rs = pool.filter((r) => r.set === set);
  return rs.filter((r) => r.outcome === 'gain').length / rs.length;
}).sort((a, b) => a - b);
const q = (f) => shares[Math.min(shares.length - 1, Math.floor(f * shares.length))].toFixed(3);
console.log(`share of gain among a set's names not made, over ${shares.length} sets: min ${q(0)}, lower quartile ${q(0.25)}, median ${q(0.5)}, upper quartile ${q(0.75)}, max ${q(0.999)}`);

// single signals on the pool: gain / (dup + none)
const SIGNALS = {
  'clause subject': (r) => r.x[col('clause-subject')] > 0,
  'subject, explaining word after (subj-explain)': (r) => r.x[col('subj-explain')] > 0,
  'subject, says what it does (subj-function)': (r) => r.x[col('subj-function')] > 0,
  'defining cue after (是/指/用来/：)': (r) => ['cue-copula', 'cue-purpose', 'cue-colon', 'cue-dash'].some((f) => r.x[col(f)] > 0),
  'the paragraph is about it (s-para-subject)': (r) => r.x[col('s-para-subject')] > 0,
  'the next sentence takes it up (w-takes-up)': (r) => r.x[col('w-takes-up')] > 0,
  'two sentences of one paragraph name it': (r) => r.extra['x-unit-sents'] >= log1(2) - 1e-9,
  'the note\'s YAML sets it (yaml-key)': (r) => r.x[col('yaml-key')] > 0,
  'named 3 times or more': (r) => r.x[col('mentions')] >= log1(3) - 1e-9,
  'named once': (r) => r.x[col('mentions')] <= log1(1) + 1e-9,
  'owner kind named in the note': (r) => r.extra['x-owner-note'] > 0,
  'owner kind in a heading': (r) => r.extra['x-owner-heading'] > 0,
  'owner kind in the title': (r) => r.extra['x-owner-title'] > 0,
  'in the title': (r) => r.x[col('in-title')] > 0,
  'subj-explain + yaml-key + named twice': (r) => r.x[col('subj-explain')] > 0 && r.x[col('yaml-key')] > 0 && r.x[col('mentions')] >= log1(2) - 1e-9,
  'para subject + takes up + owner in heading': (r) => r.x[col('s-para-subject')] > 0 && r.x[col('w-takes-up')] > 0 && r.extra['x-owner-heading'] > 0,
};
console.log('\n| signal (on the names not made) | gain | dup | none | gain : (dup+none) | sets (gain / none) |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const [name, p] of Object.entries(SIGNALS)) {
  const rs = pool.filter(p);
  const [, , g, d, n] = tally(rs);
  console.log(`| ${name} | ${g} | ${d} | ${n} | ${(g / Math.max(1, d + n)).toFixed(2)} | ${setsOf(rs.filter((r) => r.outcome === 'gain'))} / ${setsOf(rs.filter((r) => r.outcome === 'none'))} |`);
}
if (linesOf) for (const r of pool.filter((r) => r.outcome === linesOf)) console.log(`${linesOf}\t${r.set}\t${r.chapter}:${r.extra.line ?? '?'}\t${r.name}\t${kindOf(r)}`);

// ---- step 2: grouped k-fold by set ----
const setNames = [...new Set(dirs.map((d) => path.basename(d)))].sort((a, b) => (Number(a.replace(/\D/g, '')) || 0) - (Number(b.replace(/\D/g, '')) || 0));
const foldOf = new Map(setNames.map((s, i) => [s, i % FOLDS]));
const xcol = (f) => (EXTRA.includes(f) ? ALL_FEATURES.length + EXTRA.indexOf(f) : col(f));
const xrows = pool.map((r) => ({ ...r, x: [...r.x, ...EXTRA.map((f) => r.extra[f])], y: r.outcome === 'gain' ? 1 : 0 }));
const sig = (z) => 1 / (1 + Math.exp(-z));
const predictWith = (rs, features, w) => rs.map((r) => sig(features.reduce((z, f, j) => z + (r.x[xcol(f)] ?? 0) * w[j], 0)));
/** The lowest threshold whose accepted names reach `ratio` labels per name of no label (at least `min` accepted). */
function thresholdFor(ps, ys, ratio = 3, min = 5) {
  const order = ps.map((p, i) => [p, ys[i]]).sort((a, b) => b[0] - a[0]);
  let g = 0;
  let best = 1;
  for (let i = 0; i < order.length; i++) {
    g += order[i][1];
    if (i + 1 >= min && g >= ratio * (i + 1 - g) && (i + 1 === order.length || order[i + 1][0] < order[i][0])) best = order[i][0];
  }
  return best;
}
const FEATURE_SETS = {
  shipped: shipped.features,
  'shipped+x': [...shipped.features, ...EXTRA],
  all: ALL_FEATURES.filter((f) => f !== 'bias').concat('bias'),
  'all+x': [...ALL_FEATURES, ...EXTRA],
};
console.log(`\n## grouped ${FOLDS}-fold cross-validation by set (train: gain vs dup+none on the names not made of the other folds)`);
for (const [name, features] of Object.entries(FEATURE_SETS)) {
  console.log(`\n### ${name} (${features.length} features)`);
  console.log('| fold | sets | pool (gain) | t (3:1 on training) | added | gain | dup+none | P | R of gain | at p≥0.5: added / gain | at p≥0.7: added / gain |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  const sum = { added: 0, gain: 0, pos: 0, a5: 0, g5: 0, a7: 0, g7: 0, sets: new Set() };
  const oof = [];
  for (let k = 0; k < FOLDS; k++) {
    const tr = xrows.filter((r) => foldOf.get(r.set) !== k);
    const te = xrows.filter((r) => foldOf.get(r.set) === k);
    const w = train(tr, features, 0.001, xcol);
    const t = thresholdFor(predictWith(tr, features, w), tr.map((r) => r.y));
    const p = predictWith(te, features, w);
    te.forEach((r, i) => oof.push([p[i], r]));
    const acc = te.filter((_, i) => p[i] >= t);
    const g = acc.filter((r) => r.y).length;
    const pos = te.filter((r) => r.y).length;
    const a5 = te.filter((_, i) => p[i] >= 0.5);
    const a7 = te.filter((_, i) => p[i] >= 0.7);
    acc.filter((r) => r.y).forEach((r) => sum.sets.add(r.set));
    Object.assign(sum, { added: sum.added + acc.length, gain: sum.gain + g, pos: sum.pos + pos, a5: sum.a5 + a5.length, g5: sum.g5 + a5.filter((r) => r.y).length, a7: sum.a7 + a7.length, g7: sum.g7 + a7.filter((r) => r.y).length });
    console.log(`| ${k + 1} | ${new Set(te.map((r) => r.set)).size} | ${te.length} (${pos}) | ${t.toFixed(3)} | ${acc.length} | ${g} | ${acc.length - g} | ${acc.length ? (g / acc.length).toFixed(2) : '–'} | ${pos ? (g / pos).toFixed(3) : '–'} | ${a5.length} / ${a5.filter((r) => r.y).length} | ${a7.length} / ${a7.filter((r) => r.y).length} |`);
  }
  console.log(`| all | ${setNames.length} | ${xrows.length} (${sum.pos}) | | ${sum.added} | ${sum.gain} | ${sum.added - sum.gain} | ${sum.added ? (sum.gain / sum.added).toFixed(2) : '–'} | ${(sum.gain / Math.max(1, sum.pos)).toFixed(3)} | ${sum.a5} / ${sum.g5} | ${sum.a7} / ${sum.g7} |`);
  console.log(`(labels found out of fold at the 3:1 threshold in ${sum.sets.size} sets)`);
  // the ranking out of fold, pooled over the folds: labels per name of no label among the best-ranked N
  oof.sort((a, b) => b[0] - a[0]);
  const atK = [10, 25, 50, 100, 200, 400].filter((k) => k <= oof.length).map((k) => {
    const top = oof.slice(0, k);
    const g = top.filter(([, r]) => r.y).length;
    return `top ${k}: ${g} / ${k - g} (${new Set(top.filter(([, r]) => r.y).map(([, r]) => r.set)).size} sets)`;
  });
  console.log(`out of fold, best-ranked names (labels / no label's): ${atK.join('; ')}`);
  if (topN) for (const [p, r] of oof.slice(0, topN)) console.log(`  ${p.toFixed(3)}\t${r.outcome}\t${r.set}\t${r.chapter}:${r.extra.line ?? '?'}\t${r.name}`);
}
