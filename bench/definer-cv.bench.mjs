#!/usr/bin/env node
/**
 * Leave-one-set-out cross-validation of the learned definition scorer (src/graph/miner/definer.ts)
 * over every labelled set (tests/corpus/miner/dev*, ALL_SETS):
 * `node bench/definer-cv.bench.mjs [--quick]` (`CV_VARIANTS=a,e0,e1,b,c,c2,d` picks variants by
 * the label's first word; default a, e0, e1: the rules, the shipped pipeline and the scorer5
 * candidate).
 *
 * For each set: train on the other thirteen (thresholds, where a variant chooses one, by a
 * leave-one-set-out run inside those thirteen), then mine the held set's chapters with those
 * weights, alone and next to the bundled content, scored as bench/miner.bench.mjs scores them.
 * Variants:
 *   a  rules      the phrasing rules only (no scorer)
 *   b  alone      only names the scorer accepts (a rule's candidate when a rule proposed it)
 *   c  union      the rules, plus `learned` candidates for accepted names no rule proposed
 *                 (threshold: where adding pays among the names the rules missed, out of fold)
 *   c2 union      the same, threshold judged over all names (scripts/lib/definer-train.mjs)
 *   d  veto       c, and rule candidates the scorer rejects are dropped
 *   e0 union      the shipped variant (scripts/train-definer.mjs): the union at p ≥ 0.5, base
 *                 features without the context features (PRIOR_FEATURES), evidence
 *                 EXPLAINING_FEATURES (trained here on the thirteen other sets)
 *   e1 union      the scorer5 candidate, not shipped: base features with the context features,
 *                 evidence CONTEXT_EVIDENCE, at p ≥ CONTEXT_THRESHOLD (docs/miner.md, scorer5)
 * b–d with two feature sets: `all` (with the rule-family features) and `base` (without them).
 * The rules were written by reading these sets, so `all` over-states what happens on unseen
 * notes; `base` is the closer estimate. Also prints the candidate recall of each set, and the
 * out-of-fold candidate-level precision/recall of the scorer. `--quick`: alone setting only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, ALL_SETS, collectRows, fit, train, predict, ALL_FEATURES, BASE_FEATURES, PRIOR_FEATURES, EXPLAINING_FEATURES, CONTEXT_EVIDENCE, CONTEXT_THRESHOLD, scoreSet as scoreHeld } from '../scripts/lib/definer-train.mjs';
import { totals } from './lib/miner-score.mjs';

const quick = process.argv.includes('--quick');
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const pct = (x) => x.toFixed(2);

const { rows, recall } = await collectRows(ALL_SETS);
console.log('candidate recall (labels one of whose names is a candidate name)');
for (const r of recall) console.log(`  ${r.set.padEnd(6)} ${r.covered}/${r.labels} = ${pct(r.covered / r.labels)}`);
const tc = recall.reduce((s, r) => s + r.covered, 0);
const tl = recall.reduce((s, r) => s + r.labels, 0);
console.log(`  all    ${tc}/${tl} = ${pct(tc / tl)}   (${rows.length} candidates, ${rows.filter((r) => r.y).length} positive)`);

const sets = ALL_SETS.map((d) => path.basename(d));
// [label, mode, features, threshold, evidence]
const ALL_VARIANTS = [
  ['a rules', 'off', 'all', 'threshold'],
  ['e0 union', 'union', 'prior', 0.5, EXPLAINING_FEATURES],
  ['e1 union', 'union', 'base', CONTEXT_THRESHOLD, CONTEXT_EVIDENCE],
  ['b alone', 'alone', 'all', 'aloneThreshold'], ['c union', 'union', 'all', 'threshold'], ['c2 union', 'union', 'all', 'allThreshold'], ['d veto', 'veto', 'all', 'threshold'],
  ['b alone', 'alone', 'base', 'aloneThreshold'], ['c union', 'union', 'base', 'threshold'], ['c2 union', 'union', 'base', 'allThreshold'], ['d veto', 'veto', 'base', 'threshold'],
];
const pick = (process.env.CV_VARIANTS ?? 'a,e0,e1').split(',');
const variants = ALL_VARIANTS.filter((v) => pick.includes(v[0].split(' ')[0]));
const featureSets = { all: [...ALL_FEATURES], base: [...BASE_FEATURES], prior: [...PRIOR_FEATURES] };
// thresholds chosen inside the training folds only where a variant uses one (fit: an inner
// leave-one-set-out run); the shipped variants use the decision boundary and plain training
const chosen = new Set(variants.filter((v) => v[1] !== 'off' && typeof v[3] !== 'number').map((v) => v[2]));
const needed = new Set(variants.filter((v) => v[1] !== 'off').map((v) => v[2]));
const folds = {};
for (const fs of needed) {
  const features = featureSets[fs];
  folds[fs] = {};
  let tp = 0, fp = 0, pos = 0;
  for (const held of sets) {
    const trainSets = sets.filter((s) => s !== held);
    const w = chosen.has(fs) ? fit(rows, trainSets, features) : { features: [...features], weights: train(rows.filter((r) => r.set !== held), features), threshold: 0.5, vetoThreshold: 0, aloneThreshold: 0.5, allThreshold: 0.5 };
    folds[fs][held] = w;
    const test = rows.filter((r) => r.set === held);
    const p = predict(test, features, w.weights);
    test.forEach((r, i) => {
      if (p[i] >= w.aloneThreshold) r.y ? tp++ : fp++;
      if (r.y) pos++;
    });
  }
  console.log(`candidate level, out of fold, features ${fs}: P ${pct(tp / (tp + fp))} R ${pct(tp / pos)} at ${chosen.has(fs) ? 'the F1 thresholds' : 'p ≥ 0.5'}`);
  if (chosen.has(fs)) console.log(`  thresholds per fold: union ${sets.map((s) => folds[fs][s].threshold.toFixed(2)).join(' ')}; all-names ${sets.map((s) => folds[fs][s].allThreshold.toFixed(2)).join(' ')}; veto ${sets.map((s) => folds[fs][s].vetoThreshold.toFixed(2)).join(' ')}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-definer-cv-'));
const scoreSet = (dir) => scoreHeld(dir, tmp, { aloneOnly: quick });

const results = [];
try {
  for (const [label, mode, fs, thr, evidence] of variants) {
    const alone = [];
    const whole = [];
    const perSet = [];
    for (const dir of ALL_SETS) {
      const held = path.basename(dir);
      const w = mode === 'off' ? { features: [], weights: [], threshold: 1, vetoThreshold: 0 } : folds[fs][held];
      definer.setDefiner({ mode, weights: { ...w, threshold: typeof thr === 'number' ? thr : w[thr], ...(evidence ? { evidence: [...evidence] } : {}) } });
      const s = await scoreSet(dir);
      alone.push(...s.alone);
      whole.push(...s.whole);
      perSet.push([held, totals(s.alone), quick ? undefined : totals(s.whole)]);
    }
    results.push({ label, fs: mode === 'off' ? '-' : fs, a: totals(alone), w: quick ? undefined : totals(whole), perSet });
    console.error(`done ${label} ${fs}`);
  }
} finally {
  definer.setDefiner(undefined);
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`\nleave-one-set-out, all ${sets.length} sets (entity P / R, typed P / R)`);
console.log('variant   features | alone                      | whole');
const f = (t) => (t ? `${pct(t.precision)} / ${pct(t.recall)} (${pct(t.typedPrecision)} / ${pct(t.typedRecall)})` : '-');
for (const r of results) console.log(`${r.label.padEnd(9)} ${r.fs.padEnd(8)} | ${f(r.a).padEnd(26)} | ${f(r.w)}`);
for (const [i, setting] of [[1, 'alone'], [2, 'whole']]) {
  if (quick && i === 2) continue;
  console.log(`\nper set, ${setting} (entity P / R)`);
  console.log(`set    | ${results.map((r) => `${r.label} ${r.fs}`.padEnd(14)).join(' ')}`);
  for (let k = 0; k < sets.length; k++) console.log(`${sets[k].padEnd(6)} | ${results.map((r) => `${pct(r.perSet[k][i].precision)}/${pct(r.perSet[k][i].recall)}`.padEnd(14)).join(' ')}`);
}
