#!/usr/bin/env node
/**
 * Leave-one-set-out cross-validation of the learned definition scorer (src/graph/miner/definer.ts)
 * over the labelled development sets (tests/corpus/miner/dev … dev9):
 * `node bench/definer-cv.bench.mjs [--quick]`.
 *
 * For each set: train on the other eight (thresholds chosen by a leave-one-set-out run inside
 * those eight), then mine the held set's chapters with those weights, alone and next to the
 * bundled content, scored as bench/miner.bench.mjs scores them. Variants:
 *   a  rules      the phrasing rules only (no scorer)
 *   b  alone      only names the scorer accepts (a rule's candidate when a rule proposed it)
 *   c  union      the rules, plus `learned` candidates for accepted names no rule proposed
 *                 (threshold: where adding pays among the names the rules missed, out of fold)
 *   c2 union      the same, threshold judged over all names (scripts/lib/definer-train.mjs)
 *   d  veto       c, and rule candidates the scorer rejects are dropped
 *   e  union      the shipped variant: the union at p ≥ 0.5 (scripts/train-definer.mjs)
 * each with two feature sets: `all` (with the rule-family features) and `base` (without them).
 * The rules were written by reading these sets, so `all` over-states what happens on unseen
 * notes; `base` is the closer estimate. Also prints the candidate recall of each set, and the
 * out-of-fold candidate-level precision/recall of the scorer. `--quick`: alone setting only.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, DEV_SETS, collectRows, fit, predict, ALL_FEATURES, BASE_FEATURES } from '../scripts/lib/definer-train.mjs';
import { definedBy, readCorpus, scoreChapter, totals } from './lib/miner-score.mjs';

const quick = process.argv.includes('--quick');
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const pct = (x) => x.toFixed(2);

const { rows, recall } = await collectRows();
console.log('candidate recall (labels one of whose names is a candidate name)');
for (const r of recall) console.log(`  ${r.set.padEnd(6)} ${r.covered}/${r.labels} = ${pct(r.covered / r.labels)}`);
const tc = recall.reduce((s, r) => s + r.covered, 0);
const tl = recall.reduce((s, r) => s + r.labels, 0);
console.log(`  all    ${tc}/${tl} = ${pct(tc / tl)}   (${rows.length} candidates, ${rows.filter((r) => r.y).length} positive)`);

const sets = DEV_SETS.map((d) => path.basename(d));
const featureSets = { all: [...ALL_FEATURES], base: [...BASE_FEATURES] };
const folds = {};
for (const [fs, features] of Object.entries(featureSets)) {
  folds[fs] = {};
  let tp = 0, fp = 0, pos = 0;
  for (const held of sets) {
    const w = fit(rows, sets.filter((s) => s !== held), features);
    folds[fs][held] = w;
    const test = rows.filter((r) => r.set === held);
    const p = predict(test, features, w.weights);
    test.forEach((r, i) => {
      if (p[i] >= w.aloneThreshold) r.y ? tp++ : fp++;
      if (r.y) pos++;
    });
  }
  console.log(`candidate level, out of fold, features ${fs}: P ${pct(tp / (tp + fp))} R ${pct(tp / pos)} at the F1 thresholds (${sets.map((s) => folds[fs][s].aloneThreshold.toFixed(2)).join(' ')})`);
  console.log(`  thresholds per fold: union ${sets.map((s) => folds[fs][s].threshold.toFixed(2)).join(' ')}; all-names ${sets.map((s) => folds[fs][s].allThreshold.toFixed(2)).join(' ')}; veto ${sets.map((s) => folds[fs][s].vetoThreshold.toFixed(2)).join(' ')}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-definer-cv-'));
let runs = 0;
async function scoreSet(dir) {
  const corpus = readCorpus(dir);
  const alone = [];
  for (const c of corpus) {
    const d = path.join(tmp, `a${runs++}`);
    mkdirSync(path.join(d, 'notes'), { recursive: true });
    cpSync(c.file, path.join(d, 'notes', c.chapter));
    const ctx = await runStages(d, { layout: false });
    alone.push(scoreChapter(definedBy(ctx.graph, `notes/${c.chapter}`), c.labels));
  }
  if (quick) return { alone, whole: [] };
  const whole = path.join(tmp, `w${runs++}`);
  cpSync(path.join(ROOT, 'content'), whole, { recursive: true });
  mkdirSync(path.join(whole, 'notes', 'corpus'), { recursive: true });
  for (const c of corpus) cpSync(c.file, path.join(whole, 'notes', 'corpus', c.chapter));
  const ctx = await runStages(whole, { layout: false });
  return { alone, whole: corpus.map((c) => scoreChapter(definedBy(ctx.graph, `notes/corpus/${c.chapter}`), c.labels)) };
}

// [label, mode, features, threshold]; CV_VARIANTS=a,c2 picks some (by the label's first word)
const ALL_VARIANTS = [
  ['a rules', 'off', 'all', 'threshold'],
  ['b alone', 'alone', 'all', 'aloneThreshold'], ['c union', 'union', 'all', 'threshold'], ['c2 union', 'union', 'all', 'allThreshold'], ['d veto', 'veto', 'all', 'threshold'],
  ['b alone', 'alone', 'base', 'aloneThreshold'], ['c union', 'union', 'base', 'threshold'], ['c2 union', 'union', 'base', 'allThreshold'], ['d veto', 'veto', 'base', 'threshold'],
  ['e union', 'union', 'base', 0.5],
];
const pick = process.env.CV_VARIANTS?.split(',');
const variants = ALL_VARIANTS.filter((v) => !pick || pick.includes(v[0].split(' ')[0]));
const results = [];
try {
  for (const [label, mode, fs, thr] of variants) {
    const alone = [];
    const whole = [];
    const perSet = [];
    for (const dir of DEV_SETS) {
      const held = path.basename(dir);
      const w = folds[fs][held];
      definer.setDefiner({ mode, weights: { ...w, threshold: typeof thr === 'number' ? thr : w[thr] } });
      const s = await scoreSet(dir);
      alone.push(...s.alone);
      whole.push(...s.whole);
      perSet.push([held, totals(s.alone)]);
    }
    results.push({ label, fs: mode === 'off' ? '-' : fs, a: totals(alone), w: quick ? undefined : totals(whole), perSet });
  }
} finally {
  definer.setDefiner(undefined);
  rmSync(tmp, { recursive: true, force: true });
}
console.log('\nleave-one-set-out, all nine sets (entity P / R, typed P / R)');
console.log('variant   features | alone                      | whole');
for (const r of results) {
  const f = (t) => (t ? `${pct(t.precision)} / ${pct(t.recall)} (${pct(t.typedPrecision)} / ${pct(t.typedRecall)})` : '-');
  console.log(`${r.label.padEnd(9)} ${r.fs.padEnd(8)} | ${f(r.a).padEnd(26)} | ${f(r.w)}`);
}
console.log('\nper set, alone (entity P / R)');
console.log(`variant   features | ${sets.map((s) => s.padEnd(11)).join(' ')}`);
for (const r of results) console.log(`${r.label.padEnd(9)} ${r.fs.padEnd(8)} | ${r.perSet.map(([, t]) => `${pct(t.precision)}/${pct(t.recall)}`.padEnd(11)).join(' ')}`);
