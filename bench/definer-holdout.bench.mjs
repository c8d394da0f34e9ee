#!/usr/bin/env node
/**
 * Leave-sets-out evaluation of the learned definition scorer (src/graph/miner/definer.ts): how
 * much of the precision gap between the development sets and unseen notes is the scorer fitting
 * its training sets, and how much is the rules.
 *
 *   node bench/definer-holdout.bench.mjs [--whole] [--candidates] [--groups dev30+dev31+dev32,dev27+dev28+dev29]
 *
 * Folds are groups of sets. The default: the three newest sets (dev30–dev32, unseen until the
 * sixth session) trained on all older sets, then, by rotation, each run of three consecutive older
 * sets (dev+dev2+dev3, dev4+dev5+dev6 … dev27+dev28+dev29) trained on every set outside the group.
 * For each fold and each variant the held sets are mined with weights trained without them and
 * scored as bench/miner.bench.mjs scores them (each chapter alone; `--whole`: also next to the
 * bundled content). Variants (`HOLDOUT_VARIANTS=rules,shipped,l2-0.01,…`):
 *   rules         the phrasing rules alone (mode off)
 *   shipped       definer-weights.json as shipped (trained on its own sets, in sample where they are held)
 *   in-sample     the shipped recipe trained on every set, held ones included: the in-sample score
 *   l2-<λ>        the shipped recipe (union, p ≥ 0.5, the shipped features) trained out of fold with L2 = λ
 * `--candidates`: only the candidate-level numbers (no mining; seconds): for each variant, the names
 * the scorer would add (no rule proposed them, explained somewhere, p ≥ threshold) and how many of
 * them a label has, out of fold against in sample.
 * Training and scoring reuse scripts/lib/definer-train.mjs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, ALL_SETS, L2, collectRows, train, predict, scoreSet } from '../scripts/lib/definer-train.mjs';
import { totals } from './lib/miner-score.mjs';

const args = process.argv.slice(2);
const whole = args.includes('--whole');
const candidatesOnly = args.includes('--candidates');
const groupsAt = args.indexOf('--groups');
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const shipped = definer.definerConfig().weights;
const FEATURES = [...shipped.features];
const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');

const names = ALL_SETS.map((d) => path.basename(d));
/** The default folds: the newest three sets, then runs of three older ones. */
function defaultGroups() {
  const newest = names.slice(-3);
  const older = names.slice(0, -3);
  const out = [newest];
  for (let i = 0; i < older.length; i += 3) out.push(older.slice(i, i + 3));
  return out;
}
const groups = groupsAt >= 0 ? args[groupsAt + 1].split(',').map((g) => g.split('+')) : defaultGroups();
for (const g of groups) for (const s of g) if (!names.includes(s)) throw new Error(`no set ${s}`);

const variantNames = (process.env.HOLDOUT_VARIANTS ?? `rules,shipped,in-sample,l2-${L2},l2-0.1,l2-1`).split(',');

const { rows } = await collectRows(ALL_SETS);
console.log(`${rows.length} candidates, ${rows.filter((r) => r.y).length} named by a label, ${names.length} sets`);

/** Weights of a variant for a fold (undefined: the rules alone). */
function weightsFor(variant, group) {
  if (variant === 'rules') return undefined;
  if (variant === 'shipped') return shipped;
  const inSample = variant === 'in-sample';
  const l2 = inSample ? L2 : Number(variant.replace(/^l2-/, ''));
  if (!(l2 > 0)) throw new Error(`unknown variant ${variant}`);
  const trainRows = inSample ? rows : rows.filter((r) => !group.includes(r.set));
  return { ...shipped, weights: train(trainRows, FEATURES, l2), trained: { l2, sets: inSample ? 'all' : `all but ${group.join('+')}` } };
}

/** Candidate level: the names a variant adds (the union's rule, as combineCandidates applies it). */
function additions(test, w) {
  const p = predict(test, w.features, w.weights);
  let tp = 0;
  let fp = 0;
  test.forEach((r, i) => {
    if (r.ruled || p[i] < w.threshold || !definer.learnable(r.x, w.evidence)) return;
    r.y ? tp++ : fp++;
  });
  return { tp, fp };
}

const learnedVariants = variantNames.filter((v) => v !== 'rules');
console.log('\ncandidate level: names the scorer adds (no rule proposed them), labelled / added');
console.log(`fold                      | ${learnedVariants.map((v) => v.padEnd(14)).join(' ')}`);
const sum = Object.fromEntries(learnedVariants.map((v) => [v, { tp: 0, fp: 0 }]));
const weights = new Map();
for (const g of groups) {
  const test = rows.filter((r) => g.includes(r.set));
  const cells = [];
  for (const v of learnedVariants) {
    const w = weightsFor(v, g);
    weights.set(`${v}|${g.join('+')}`, w);
    const a = additions(test, w);
    sum[v].tp += a.tp;
    sum[v].fp += a.fp;
    cells.push(`${a.tp}/${a.tp + a.fp} ${pct(a.tp / (a.tp + a.fp))}`.padEnd(14));
  }
  console.log(`${g.join('+').padEnd(25)} | ${cells.join(' ')}`);
}
console.log(`${'all folds'.padEnd(25)} | ${learnedVariants.map((v) => `${sum[v].tp}/${sum[v].tp + sum[v].fp} ${pct(sum[v].tp / (sum[v].tp + sum[v].fp))}`.padEnd(14)).join(' ')}`);
if (candidatesOnly) process.exit(0);

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-definer-holdout-'));
const results = new Map(); // variant -> group -> { alone, whole }
try {
  for (const v of variantNames) {
    const byGroup = new Map();
    for (const g of groups) {
      const w = v === 'rules' ? undefined : weights.get(`${v}|${g.join('+')}`);
      definer.setDefiner(w ? { mode: 'union', weights: w } : { mode: 'off', weights: { features: [], weights: [], threshold: 1, vetoThreshold: 0 } });
      const alone = [];
      const all = [];
      for (const s of g) {
        const r = await scoreSet(path.join(ROOT, 'tests/corpus/miner', s), tmp, { aloneOnly: !whole });
        alone.push(...r.alone);
        all.push(...r.whole);
      }
      byGroup.set(g.join('+'), { alone: totals(alone), whole: whole ? totals(all) : undefined, scores: { alone, whole: all } });
    }
    results.set(v, byGroup);
    console.error(`done ${v}`);
  }
} finally {
  definer.setDefiner(undefined);
  rmSync(tmp, { recursive: true, force: true });
}

const f = (t) => `${pct(t.precision)} / ${pct(t.recall)} (${pct(t.typedPrecision)})`;
for (const setting of whole ? ['alone', 'whole'] : ['alone']) {
  console.log(`\nheld sets mined ${setting === 'alone' ? 'each chapter alone' : 'next to the bundled content'}: entity P / R (typed P)`);
  console.log(`fold                      | ${variantNames.map((v) => v.padEnd(20)).join(' ')}`);
  for (const g of groups) console.log(`${g.join('+').padEnd(25)} | ${variantNames.map((v) => f(results.get(v).get(g.join('+'))[setting]).padEnd(20)).join(' ')}`);
  const over = (pick) => variantNames.map((v) => f(totals(groups.filter(pick).flatMap((g) => results.get(v).get(g.join('+')).scores[setting]))).padEnd(20)).join(' ');
  if (groups.length < 2) continue;
  console.log(`${'first fold'.padEnd(25)} | ${over((g) => g === groups[0])}`);
  console.log(`${'the other folds'.padEnd(25)} | ${over((g) => g !== groups[0])}`);
  console.log(`${'all folds'.padEnd(25)} | ${over(() => true)}`);
}
